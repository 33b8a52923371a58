# A tiny project (java/maven-test) that depends on org.quanze:quanze:VERSION
# from the Maven repository layout the build writes (REPO).
#
# With Maven and its compiler plugin available offline, `mvn -o package`
# builds it against REPO. Debian's maven package ships no plugins in
# /usr/share/maven-repo, so when the offline build cannot resolve them the
# test resolves the dependency itself exactly as Maven would (the jar and pom
# at REPO/org/quanze/quanze/VERSION/), checks the pom's coordinates and
# compiles and runs the project with javac and java against that jar.
set(dir "${REPO}/org/quanze/quanze/${VERSION}")
foreach(f quanze-${VERSION}.jar quanze-${VERSION}.pom quanze-${VERSION}-sources.jar quanze-${VERSION}-javadoc.jar)
  if(NOT EXISTS "${dir}/${f}")
    message(FATAL_ERROR "missing ${dir}/${f}")
  endif()
endforeach()
file(READ "${dir}/quanze-${VERSION}.pom" pom)
foreach(want "<groupId>org.quanze</groupId>" "<artifactId>quanze</artifactId>" "<version>${VERSION}</version>")
  string(FIND "${pom}" "${want}" at)
  if(at LESS 0)
    message(FATAL_ERROR "the pom lacks ${want}")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(COPY "${PROJECT}/" DESTINATION "${WORK}")
configure_file("${PROJECT}/pom.xml" "${WORK}/pom.xml" @ONLY)

set(jar "")
find_program(MVN mvn)
if(MVN)
  execute_process(COMMAND "${MVN}" -o -q -B -Dmaven.repo.local=${REPO} package
                  WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(rc EQUAL 0 AND EXISTS "${WORK}/target/quanze-user-1.jar")
    set(jar "${WORK}/target/quanze-user-1.jar")
    message(STATUS "built with mvn -o")
  else()
    message(STATUS "mvn -o cannot build offline (no plugins in the local repository): using javac")
  endif()
endif()
if(NOT jar)
  file(MAKE_DIRECTORY "${WORK}/classes")
  file(GLOB_RECURSE src "${WORK}/src/main/java/*.java")
  execute_process(COMMAND "${JAVAC}" --release 11 -encoding UTF-8 -cp "${dir}/quanze-${VERSION}.jar"
                          -d "${WORK}/classes" ${src} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "javac failed against the repository's jar")
  endif()
  set(jar "${WORK}/classes")
endif()
execute_process(COMMAND "${JAVA}" -cp "${jar}:${dir}/quanze-${VERSION}.jar" example.Hello
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "example.Hello: ${out}")
if(NOT rc EQUAL 0 OR out STREQUAL "")
  message(FATAL_ERROR "the tiny project failed")
endif()
