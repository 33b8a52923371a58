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
      TIMEOUT 300 LABELS cli
      ENVIRONMENT "QZ_CLI_OUT=${PROJECT_BINARY_DIR}/cli;PYTHONDONTWRITEBYTECODE=1")
  endforeach()
endif()
