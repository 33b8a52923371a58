# API hygiene: the exported symbols, self-contained public headers, and the ABI
# against the committed baseline of this minor release.
find_program(QZ_CXX NAMES g++ clang++ c++)
add_test(NAME exports_exactly_public_api
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_exports.py $<TARGET_FILE:quanze>
                 ${PROJECT_SOURCE_DIR}/abi/quanze.symbols ${PROJECT_SOURCE_DIR}/lib/quanze.map
                 ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
add_test(NAME headers_compile_alone
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_headers.py ${CMAKE_C_COMPILER} ${QZ_CXX}
                 ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
set_tests_properties(exports_exactly_public_api headers_compile_alone PROPERTIES LABELS no-sanitizer)

# abidiff (Debian's abigail-tools) compares the library with abi/quanze-X.Y.0.abi,
# made by scripts/update-abi.sh --baseline: symbols may be added, nothing else
# may change. Needs debug information, so only in builds made with -g.
set(QZ_ABI_BASELINE
    ${PROJECT_SOURCE_DIR}/abi/quanze-${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.0.abi)
if(EXISTS ${QZ_ABI_BASELINE} AND CMAKE_BUILD_TYPE MATCHES "^(Debug|RelWithDebInfo)$")
  find_program(QZ_ABIDIFF abidiff)
  add_test(NAME abi_compat
           COMMAND ${CMAKE_COMMAND} -DABIDIFF=${QZ_ABIDIFF} -DBASELINE=${QZ_ABI_BASELINE}
                   -DLIBRARY=$<TARGET_FILE:quanze>
                   -DSUPPRESSIONS=${PROJECT_SOURCE_DIR}/abi/private-types.suppr
                   "-DHEADERS=${PROJECT_SOURCE_DIR}/include;${PROJECT_BINARY_DIR}/include"
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/abi/check_abi.cmake)
  set_tests_properties(abi_compat PROPERTIES LABELS no-sanitizer)
endif()
