# Builds quanze.jar: compiles the generated and hand-written sources and
# packs the classes with the native libraries.
#   SOURCES  source directories, separated by |
#   LIBS     pairs path|name-in-jar, separated by |
#   CLASSES  scratch directory for classes;  OUT  the jar;  NATIVE  resource dir
string(REPLACE "|" ";" dirs "${SOURCES}")
set(sources "")
foreach(d IN LISTS dirs)
  file(GLOB s "${d}/*.java")
  list(APPEND sources ${s})
endforeach()
file(REMOVE_RECURSE "${CLASSES}")
file(MAKE_DIRECTORY "${CLASSES}/${NATIVE}")
execute_process(COMMAND "${JAVAC}" -encoding UTF-8 --release 11 -nowarn -d "${CLASSES}" ${sources}
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
execute_process(COMMAND "${JAR}" cf "${OUT}" -C "${CLASSES}" . RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jar failed")
endif()
