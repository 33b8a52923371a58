# Included by the cmake -P scripts that drive a build step by step
# (tests/install/check_install.cmake, tests/subproject/check_subproject.cmake):
# run(COMMAND...) runs one step, fails the script with the step's output when
# it fails, and leaves its standard output in last_output.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()
