# Run with cmake -P: see tests/subproject.cmake. Configures tests/subproject
# with pkg-config unable to find cmocka (an empty PKG_CONFIG_LIBDIR holds only
# libxml2's file), builds it, and checks that the only test is the parent's.
set(work ${BUILD_DIR}/subproject-test)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/pkgconfig)

include(${CMAKE_CURRENT_LIST_DIR}/../cmake/run_step.cmake)

# libxml2 may be found through pkg-config; cmocka must not be found at all.
execute_process(COMMAND pkg-config --variable=pcfiledir libxml-2.0
                OUTPUT_VARIABLE xml_pc_dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(rc EQUAL 0 AND EXISTS ${xml_pc_dir}/libxml-2.0.pc)
  file(COPY ${xml_pc_dir}/libxml-2.0.pc DESTINATION ${work}/pkgconfig)
endif()
set(env ${CMAKE_COMMAND} -E env PKG_CONFIG_LIBDIR=${work}/pkgconfig PKG_CONFIG_PATH=)
execute_process(COMMAND ${env} pkg-config --exists cmocka RESULT_VARIABLE rc)
if(rc EQUAL 0)
  message(FATAL_ERROR "cmocka is still visible to pkg-config: the check would prove nothing")
endif()

run(${env} ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/subproject -B ${work}/build
    -DQUANZE_SOURCE_DIR=${SOURCE_DIR} -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_BUILD_TYPE=Debug)
run(${CMAKE_COMMAND} --build ${work}/build --target use_quanze -j2)
run(${CTEST} --test-dir ${work}/build -N)
if(NOT last_output MATCHES "Total Tests: 1\n")
  message(FATAL_ERROR "the subproject build registered quanze's tests:\n${last_output}")
endif()
run(${CTEST} --test-dir ${work}/build --output-on-failure)
message(STATUS "subproject: ${last_output}")
file(REMOVE_RECURSE ${work})
