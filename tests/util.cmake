# A host program that uses libxml2 itself (global handlers, xmlCleanupParser
# between loads), under valgrind when it is installed and no sanitizer is on.
add_executable(host_libxml ${CMAKE_CURRENT_SOURCE_DIR}/host_libxml.c)
target_compile_definitions(host_libxml PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
target_link_libraries(host_libxml PRIVATE quanze LibXml2::LibXml2)
find_program(QZ_VALGRIND valgrind)
if(QZ_VALGRIND AND NOT QZ_SANITIZE AND NOT QZ_TSAN AND NOT QZ_FUZZ)
  add_test(NAME host_libxml
           COMMAND ${QZ_VALGRIND} --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
                   --quiet $<TARGET_FILE:host_libxml> ${PROJECT_SOURCE_DIR})
else()
  add_test(NAME host_libxml COMMAND host_libxml ${PROJECT_SOURCE_DIR})
endif()
set_tests_properties(host_libxml PROPERTIES TIMEOUT 900)
