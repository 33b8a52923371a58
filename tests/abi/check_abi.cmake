# Run with cmake -P: see tests/api.cmake. abidiff's exit status is a bit set:
# 1 error, 2 usage error, 4 ABI change, 8 incompatible change (a removed
# symbol). With --no-added-syms an added function is no change; anything else
# (a removed or changed function, a changed public type) fails the test.
# The suppressions (abi/private-types.suppr) leave out the library's own
# structs behind opaque handles.
if(NOT ABIDIFF)
  message(FATAL_ERROR "abidiff not found: install abigail-tools (scripts/deps.sh)")
endif()
set(args --no-added-syms)
if(SUPPRESSIONS)
  list(APPEND args --suppressions ${SUPPRESSIONS})
endif()
foreach(dir IN LISTS HEADERS)
  list(APPEND args --headers-dir2 ${dir})
endforeach()
execute_process(COMMAND ${ABIDIFF} ${args} ${BASELINE} ${LIBRARY}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc MATCHES "^[0-9]+$")
  message(FATAL_ERROR "abidiff did not run: ${rc}")
endif()
math(EXPR error "${rc} & 3")
math(EXPR change "${rc} & 4")
math(EXPR incompatible "${rc} & 8")
if(error)
  message(FATAL_ERROR "abidiff failed (exit ${rc})")
elseif(incompatible)
  message(FATAL_ERROR "incompatible ABI change against ${BASELINE} (exit ${rc})")
elseif(change)
  message(FATAL_ERROR "ABI change against ${BASELINE} (exit ${rc}); if meant within this minor "
                      "release, regenerate the baseline: scripts/update-abi.sh --baseline")
endif()
