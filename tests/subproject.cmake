# quanze as a subproject: add_subdirectory() from a parent project configures
# without cmocka, builds no quanze test, and quanze::quanze links.
add_test(NAME subproject_needs_no_cmocka
         COMMAND ${CMAKE_COMMAND}
           -DBUILD_DIR=${PROJECT_BINARY_DIR}
           -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
           -DC_COMPILER=${CMAKE_C_COMPILER}
           -DCTEST=${CMAKE_CTEST_COMMAND}
           -P ${CMAKE_CURRENT_SOURCE_DIR}/subproject/check_subproject.cmake)
set_tests_properties(subproject_needs_no_cmocka PROPERTIES
  LABELS no-sanitizer TIMEOUT 900 RUN_SERIAL ON)
