# Installs the library into a scratch prefix, then builds examples/c against
# the installed copy twice: through find_package(quanze) and through pkg-config.
add_test(NAME install_find_package_and_pkg_config
         COMMAND ${CMAKE_COMMAND}
           -DBUILD_DIR=${PROJECT_BINARY_DIR}
           -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
           -DC_COMPILER=${CMAKE_C_COMPILER}
           -DSONAME=$<TARGET_SONAME_FILE_NAME:quanze>
           -DVERSION=${PROJECT_VERSION}
           -P ${CMAKE_CURRENT_SOURCE_DIR}/install/check_install.cmake)
set_tests_properties(install_find_package_and_pkg_config PROPERTIES
  LABELS no-sanitizer TIMEOUT 600 RUN_SERIAL ON)
