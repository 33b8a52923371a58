# Layering and documentation rules of the API, checked on every build:
# no two-way dependency between library files (nm over the object files), the
# utility layer stays below the domain files, and every public function that
# returns a pointer says whether the result is New or Borrowed.
find_program(QZ_LAYER_PYTHON3 NAMES python3)
find_program(QZ_NM NAMES nm)
if(QZ_LAYER_PYTHON3 AND QZ_NM)
  add_test(NAME lib_layering
           COMMAND ${QZ_LAYER_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/check_includes.py ${PROJECT_SOURCE_DIR}
                   "$<TARGET_OBJECTS:quanze_objects>")
  set_tests_properties(lib_layering PROPERTIES LABELS no-sanitizer)
endif()
if(QZ_LAYER_PYTHON3)
  add_test(NAME doc_ownership
           COMMAND ${QZ_LAYER_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/check_doc_ownership.py
                   ${PROJECT_SOURCE_DIR}/include)
endif()
# The C sources keep the layout of .clang-format (scripts/format.sh --check
# changes nothing; clang-format-14 is in scripts/deps.sh, so a missing one fails).
find_program(QZ_BASH NAMES bash)
if(QZ_BASH)
  add_test(NAME c_format COMMAND ${QZ_BASH} ${PROJECT_SOURCE_DIR}/scripts/format.sh --check)
  set_tests_properties(c_format PROPERTIES LABELS no-sanitizer)
endif()
