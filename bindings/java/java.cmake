# The Java binding: the JNI library libquanzejni, and quanze.jar holding the
# package org.quanze (SWIG's classes plus bindings/java/src) with the native
# libraries inside it, so the jar alone is enough at run time.
find_package(Java 11 REQUIRED COMPONENTS Development Runtime)
find_package(JNI REQUIRED)

set(QZB_JAVA_DIR ${CMAKE_CURRENT_BINARY_DIR}/java)
set(QZB_JAVA_GEN ${CMAKE_CURRENT_BINARY_DIR}/gen/java/org/quanze)
set(QZB_JAR ${QZB_JAVA_DIR}/quanze.jar)

set(java_i ${QZB_SWIG_DIR}/java.i)
set_property(SOURCE ${java_i} PROPERTY USE_TARGET_INCLUDE_DIRECTORIES ON)
set_property(SOURCE ${java_i} PROPERTY COMPILE_OPTIONS -doxygen -package org.quanze)
set_property(SOURCE ${java_i} PROPERTY DEPENDS ${QZB_SWIG_DEPS} ${QZB_SWIG_DIR}/java_layer.i)
# SWIG's Java wrapper passes handles as jlong through pointer casts, which
# needs -fno-strict-aliasing (as the SWIG manual says) on that file only.
set_property(SOURCE ${java_i} PROPERTY GENERATED_COMPILE_OPTIONS ${QZB_WRAPPER_WARNINGS} -fno-strict-aliasing)

swig_add_library(quanze_java TYPE SHARED LANGUAGE java
  OUTPUT_DIR ${QZB_JAVA_GEN} OUTFILE_DIR ${CMAKE_CURRENT_BINARY_DIR}/gen/java-c
  SOURCES ${java_i})
set_target_properties(quanze_java PROPERTIES
  OUTPUT_NAME quanzejni
  LIBRARY_OUTPUT_DIRECTORY ${QZB_JAVA_DIR})
target_include_directories(quanze_java PRIVATE ${JNI_INCLUDE_DIRS})
target_link_libraries(quanze_java PRIVATE quanze)

# The directory of the natives inside the jar: <os>-<arch> with the
# architecture as uname spells it (linux-x86_64, linux-aarch64); NativeLoader
# maps Java's os.arch (amd64, aarch64) to the same names.
string(TOLOWER "${CMAKE_SYSTEM_NAME}" qzb_os)
string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" qzb_arch)
if(qzb_arch MATCHES "^(x86_64|amd64)$")
  set(qzb_arch x86_64)
elseif(qzb_arch MATCHES "^(aarch64|arm64)$")
  set(qzb_arch aarch64)
endif()
# The JNI library finds libquanze beside it (or already loaded by the
# loader), never through a path into this build tree.
set_target_properties(quanze_java PROPERTIES BUILD_WITH_INSTALL_RPATH ON INSTALL_RPATH "\$ORIGIN")

file(GLOB qzb_java_src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/java/src/org/quanze/*.java)
find_package(Python3 REQUIRED COMPONENTS Interpreter)
find_program(QZB_JAVADOC javadoc HINTS ${Java_JAVAC_EXECUTABLE}/.. REQUIRED)
set(QZB_POM ${QZB_JAVA_DIR}/quanze-${PROJECT_VERSION}.pom)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/java/pom.xml.in ${QZB_POM} @ONLY)
file(GLOB qzb_headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/include/quanze/*.h)
set(qzb_enum_dir ${QZB_JAVA_DIR}/enums/org/quanze)
add_custom_command(OUTPUT ${qzb_enum_dir}/.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${qzb_enum_dir}
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/java/gen_enums.py ${qzb_enum_dir} ${qzb_headers}
  COMMAND ${CMAKE_COMMAND} -E touch ${qzb_enum_dir}/.stamp
  DEPENDS ${qzb_headers} ${CMAKE_CURRENT_SOURCE_DIR}/java/gen_enums.py
  COMMENT "Generating the Java enums from the C headers"
  VERBATIM)
add_custom_command(OUTPUT ${QZB_JAR}
  COMMAND ${CMAKE_COMMAND}
    -DJAVAC=${Java_JAVAC_EXECUTABLE} -DJAR=${Java_JAR_EXECUTABLE}
    -DSOURCES=${QZB_JAVA_GEN}|${CMAKE_CURRENT_SOURCE_DIR}/java/src/org/quanze|${qzb_enum_dir}
    -DCLASSES=${QZB_JAVA_DIR}/classes -DOUT=${QZB_JAR}
    -DJAVADOC=${QZB_JAVADOC} -DVERSION=${PROJECT_VERSION} -DPOM=${QZB_POM}
    -DNATIVE=org/quanze/native/${qzb_os}-${qzb_arch}
    -DLIBS=$<TARGET_FILE:quanze>|$<TARGET_SONAME_FILE_NAME:quanze>|$<TARGET_FILE:quanze_java>|$<TARGET_FILE_NAME:quanze_java>
    -P ${CMAKE_CURRENT_SOURCE_DIR}/java/jar.cmake
  DEPENDS quanze quanze_java ${qzb_java_src} ${qzb_enum_dir}/.stamp ${CMAKE_CURRENT_SOURCE_DIR}/java/jar.cmake
          ${QZB_POM}
  COMMENT "Building quanze.jar"
  VERBATIM)
add_custom_target(quanze_jar ALL DEPENDS ${QZB_JAR})

# Tests (JUnit 4 from Debian) and the example service, compiled against the jar.
find_file(QZB_JUNIT junit4.jar PATHS /usr/share/java NO_DEFAULT_PATH)
find_file(QZB_HAMCREST hamcrest-core.jar PATHS /usr/share/java NO_DEFAULT_PATH)
if(QZB_JUNIT AND QZB_HAMCREST)
  set(qzb_test_classes ${QZB_JAVA_DIR}/test-classes)
  file(GLOB qzb_java_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/java/tests/org/quanze/*.java)
  file(GLOB qzb_java_examples CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/examples/java/*.java)
  set(qzb_cp "${QZB_JAR}:${QZB_JUNIT}:${QZB_HAMCREST}")
  add_custom_command(OUTPUT ${qzb_test_classes}/.stamp
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${qzb_test_classes}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${qzb_test_classes}
    COMMAND ${Java_JAVAC_EXECUTABLE} -encoding UTF-8 --release 11 -parameters -Xlint:all -Xlint:-options
            -cp ${qzb_cp} -d ${qzb_test_classes} ${qzb_java_tests} ${qzb_java_examples}
    COMMAND ${CMAKE_COMMAND} -E touch ${qzb_test_classes}/.stamp
    DEPENDS ${QZB_JAR} ${qzb_java_tests} ${qzb_java_examples}
    COMMENT "Compiling the Java tests and examples"
    VERBATIM)
  add_custom_target(quanze_java_tests ALL DEPENDS ${qzb_test_classes}/.stamp)
  # The jar's rule must run in one target only: without this ordering a
  # parallel build runs it (and the enum generation) twice at once.
  add_dependencies(quanze_java_tests quanze_jar)

  foreach(t IN LISTS qzb_java_tests)
    get_filename_component(cls ${t} NAME_WE)
    if(NOT cls MATCHES "Test$")
      continue()
    endif()
    string(REGEX REPLACE "Test$" "" short ${cls})
    string(TOLOWER ${short} short)
    # The stress test runs with the heap the issue measured (256 MB) and
    # without -Xcheck:jni, whose bookkeeping is not what it measures.
    if(cls STREQUAL "StressTest")
      set(jvm_flags -Xmx256m)
    else()
      set(jvm_flags -Xcheck:jni)
    endif()
    add_test(NAME java_${short}
      COMMAND ${Java_JAVA_EXECUTABLE} ${jvm_flags} -cp ${qzb_cp}:${qzb_test_classes}
              -Dquanze.testdata=${QZB_TEST_DATA} -Dquanze.source=${PROJECT_SOURCE_DIR}
              org.junit.runner.JUnitCore org.quanze.${cls})
    set_tests_properties(java_${short} PROPERTIES TIMEOUT 300)
  endforeach()
  add_test(NAME java_example_signing
    COMMAND ${Java_JAVA_EXECUTABLE} -cp ${QZB_JAR}:${qzb_test_classes} example.SigningService)
  set_tests_properties(java_example_signing PROPERTIES TIMEOUT 120)
  add_test(NAME java_example_route
    COMMAND ${Java_JAVA_EXECUTABLE} -cp ${QZB_JAR}:${qzb_test_classes} example.RouteJson
            ${PROJECT_SOURCE_DIR}/examples/dms-plugin/draft.xml)
  set_tests_properties(java_example_route PROPERTIES TIMEOUT 120)
  add_test(NAME java_bench_answers_smoke
    COMMAND ${Java_JAVA_EXECUTABLE} -cp ${QZB_JAR} ${PROJECT_SOURCE_DIR}/bench/AnswerBench.java --quick)
  set_tests_properties(java_bench_answers_smoke PROPERTIES TIMEOUT 300)
  add_test(NAME java_bench_smoke
    COMMAND ${Java_JAVA_EXECUTABLE} -cp ${QZB_JAR} ${PROJECT_SOURCE_DIR}/bench/BindingsBench.java --quick)
  set_tests_properties(java_bench_smoke PROPERTIES TIMEOUT 300)
else()
  message(STATUS "JUnit 4 not found: the Java tests are not built")
endif()

# The package as a Maven dependency: the repository layout the build wrote,
# used by a tiny project compiled and run against it (see java/maven-test.cmake).
add_test(NAME java_maven_project
  COMMAND ${CMAKE_COMMAND} -DREPO=${QZB_JAVA_DIR}/maven-repo -DVERSION=${PROJECT_VERSION}
    -DPROJECT=${CMAKE_CURRENT_SOURCE_DIR}/java/maven-test -DWORK=${QZB_JAVA_DIR}/maven-test
    -DJAVAC=${Java_JAVAC_EXECUTABLE} -DJAVA=${Java_JAVA_EXECUTABLE}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/java/maven-test.cmake)
set_tests_properties(java_maven_project PROPERTIES TIMEOUT 300)
# No RUNPATH into the build tree in what the jar carries.
add_test(NAME java_natives_runpath
  COMMAND ${CMAKE_COMMAND} -DJAR=${QZB_JAR} -DJAR_TOOL=${Java_JAR_EXECUTABLE} -DWORK=${QZB_JAVA_DIR}/runpath-check
    -DBUILD=${PROJECT_BINARY_DIR} -P ${CMAKE_CURRENT_SOURCE_DIR}/java/runpath-test.cmake)

# Installation: the jar carries its native libraries, so it is all a user needs.
install(FILES ${QZB_JAR} DESTINATION ${CMAKE_INSTALL_DATADIR}/java)
