# API hygiene: exported symbols and self-contained public headers.
find_program(QZ_CXX NAMES g++ clang++ c++)
add_test(NAME exports_exactly_public_api
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_exports.py $<TARGET_FILE:quanze>
                 ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
add_test(NAME headers_compile_alone
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/check_headers.py ${CMAKE_C_COMPILER} ${QZ_CXX}
                 ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
set_tests_properties(exports_exactly_public_api headers_compile_alone PROPERTIES LABELS no-sanitizer)
