# Builds quanze.jar: compiles the generated and hand-written sources and
# packs the classes with the native libraries.
#   SOURCES  source directories, separated by |
#   LIBS     pairs path|name-in-jar, separated by |
#   CLASSES  scratch directory for classes;  OUT  the jar;  NATIVE  resource dir
#   JAVADOC  the javadoc tool;  VERSION  the library's version;  POM  the pom.xml
# Besides OUT it writes OUT's -sources.jar and -javadoc.jar next to it and a
# Maven repository layout (maven-repo/org/quanze/quanze/VERSION/) beside them.
string(REPLACE "|" ";" dirs "${SOURCES}")
set(sources "")
foreach(d IN LISTS dirs)
  file(GLOB s "${d}/*.java")
  # SWIG rewrites every class of its directory in one run but never removes
  # the classes of an older interface (e.g. Calendar.java, Answer.java before
  # 0.2): a generated file older than that run's QuanzeJNI.java is stale.
  if(EXISTS "${d}/QuanzeJNI.java")
    file(TIMESTAMP "${d}/QuanzeJNI.java" run "%s")
    math(EXPR run "${run} - 30")
    foreach(f IN LISTS s)
      file(TIMESTAMP "${f}" t "%s")
      if(t LESS run)
        message(STATUS "skipping stale ${f}")
        list(REMOVE_ITEM s "${f}")
      endif()
    endforeach()
  endif()
  list(APPEND sources ${s})
endforeach()
file(REMOVE_RECURSE "${CLASSES}")
file(MAKE_DIRECTORY "${CLASSES}/${NATIVE}")
execute_process(COMMAND "${JAVAC}" -encoding UTF-8 --release 11 -nowarn -parameters -d "${CLASSES}" ${sources}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "javac failed")
endif()
string(REPLACE "|" ";" libs "${LIBS}")
list(LENGTH libs n)
math(EXPR last "${n} - 1")
set(names "")
foreach(i RANGE 0 ${last} 2)
  math(EXPR j "${i} + 1")
  list(GET libs ${i} path)
  list(GET libs ${j} name)
  file(COPY_FILE "${path}" "${CLASSES}/${NATIVE}/${name}")
  string(APPEND names "${name}\n")
endforeach()
file(WRITE "${CLASSES}/${NATIVE}/libraries.txt" "${names}")
get_filename_component(outdir "${OUT}" DIRECTORY)
set(manifest "${outdir}/MANIFEST.MF")
file(WRITE "${manifest}" "Automatic-Module-Name: org.quanze\nImplementation-Title: quanze\nImplementation-Version: ${VERSION}\n")
execute_process(COMMAND "${JAR}" cfm "${OUT}" "${manifest}" -C "${CLASSES}" . RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jar failed")
endif()

# Sources and javadoc jars, as Maven repositories carry them.
string(REGEX REPLACE "\\.jar$" "" base "${OUT}")
set(srcdir "${outdir}/sources/org/quanze")
file(REMOVE_RECURSE "${outdir}/sources" "${outdir}/javadoc")
file(MAKE_DIRECTORY "${srcdir}")
file(COPY ${sources} DESTINATION "${srcdir}")
execute_process(COMMAND "${JAR}" cf "${base}-sources.jar" -C "${outdir}/sources" . RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jar (sources) failed")
endif()
execute_process(COMMAND "${JAVADOC}" -quiet -Xdoclint:none -encoding UTF-8 --release 11 -d "${outdir}/javadoc"
                        -sourcepath "${outdir}/sources" org.quanze
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "javadoc failed")
endif()
execute_process(COMMAND "${JAR}" cf "${base}-javadoc.jar" -C "${outdir}/javadoc" . RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jar (javadoc) failed")
endif()

# A local Maven repository: -Dmaven.repo.local or a file:// <repository>.
set(repo "${outdir}/maven-repo/org/quanze/quanze/${VERSION}")
file(REMOVE_RECURSE "${outdir}/maven-repo")
file(MAKE_DIRECTORY "${repo}")
file(COPY_FILE "${OUT}" "${repo}/quanze-${VERSION}.jar")
file(COPY_FILE "${base}-sources.jar" "${repo}/quanze-${VERSION}-sources.jar")
file(COPY_FILE "${base}-javadoc.jar" "${repo}/quanze-${VERSION}-javadoc.jar")
file(COPY_FILE "${POM}" "${repo}/quanze-${VERSION}.pom")
