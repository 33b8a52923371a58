# Command-line tests: Python unittest scripts under tests/cli/, each run
# against the built quanze tool with the Python found in tests/CMakeLists.txt; the
# HTML test needs Debian's /usr/bin/chromium (scripts/deps.sh installs it).
if(TARGET quanze_cli)
  file(GLOB QZ_CLI_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_*.py)
  foreach(script IN LISTS QZ_CLI_TESTS)
    get_filename_component(name ${script} NAME_WE)
    string(REGEX REPLACE "^test_" "cli_" name ${name})
    add_test(NAME ${name}
             COMMAND ${Python3_EXECUTABLE} ${script} $<TARGET_FILE:quanze_cli>
             WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    set_tests_properties(${name} PROPERTIES
      TIMEOUT 900 LABELS cli
      ENVIRONMENT "QZ_CLI_OUT=${PROJECT_BINARY_DIR}/cli;PYTHONDONTWRITEBYTECODE=1")
  endforeach()
endif()

# The CLI's typical commands under valgrind (scripts/valgrind.sh): several
# minutes on a loaded 2-core machine, so only with -DQZ_VALGRIND_TESTS=ON.
option(QZ_VALGRIND_TESTS "Run the CLI's typical commands under valgrind (ctest label valgrind)" OFF)
find_program(QZ_VALGRIND valgrind)
if(QZ_VALGRIND_TESTS AND TARGET quanze_cli AND QZ_VALGRIND)
  add_test(NAME valgrind_cli
           COMMAND ${PROJECT_SOURCE_DIR}/scripts/valgrind.sh $<TARGET_FILE:quanze_cli>)
  set_tests_properties(valgrind_cli PROPERTIES TIMEOUT 1800 LABELS valgrind)
endif()
