# The Python package, laid out ready to import in <build>/bindings/python:
#   quanze/__init__.py   the pure-Python layer (copied from bindings/python/quanze)
#   quanze/_core.py      SWIG's proxy classes
#   quanze/_quanze.so    the SWIG extension module, linked with libquanze
find_package(Python3 REQUIRED COMPONENTS Interpreter Development.Module)

set(QZB_PY_ROOT ${CMAKE_CURRENT_BINARY_DIR}/python)
set(QZB_PY_PKG ${QZB_PY_ROOT}/quanze)
set(QZB_PY_GEN ${CMAKE_CURRENT_BINARY_DIR}/gen/python)

# Where the installed extension looks for libquanze: beside the installed
# library by default; setup.py (the wheel) sets "$ORIGIN", as it ships
# libquanze inside the package; the Debian package skips the run path.
set(QZ_PYTHON_INSTALL_RPATH "$ORIGIN/../../..:${CMAKE_INSTALL_FULL_LIBDIR}" CACHE STRING
    "Run path of the installed Python extension")

set(py_i ${QZB_SWIG_DIR}/python.i)
set_property(SOURCE ${py_i} PROPERTY SWIG_MODULE_NAME _core)
set_property(SOURCE ${py_i} PROPERTY USE_TARGET_INCLUDE_DIRECTORIES ON)
set_property(SOURCE ${py_i} PROPERTY COMPILE_OPTIONS -doxygen -fastproxy -interface _quanze)
set_property(SOURCE ${py_i} PROPERTY DEPENDS ${QZB_SWIG_DEPS})
set_property(SOURCE ${py_i} PROPERTY GENERATED_COMPILE_OPTIONS ${QZB_WRAPPER_WARNINGS})

swig_add_library(quanze_python TYPE MODULE LANGUAGE python
  OUTPUT_DIR ${QZB_PY_GEN} OUTFILE_DIR ${QZB_PY_GEN}/c
  SOURCES ${py_i})
set_target_properties(quanze_python PROPERTIES
  OUTPUT_NAME quanze PREFIX "_" SUFFIX ".so"
  LIBRARY_OUTPUT_DIRECTORY ${QZB_PY_PKG}
  BUILD_RPATH "$<TARGET_FILE_DIR:quanze>"
  INSTALL_RPATH "${QZ_PYTHON_INSTALL_RPATH}")
target_link_libraries(quanze_python PRIVATE quanze Python3::Module)

# The pure-Python files, copied next to the extension (configure_file re-runs
# when they change).
file(GLOB qzb_py_files CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/python/quanze/*.py
  ${CMAKE_CURRENT_SOURCE_DIR}/python/quanze/*.pyi
  ${CMAKE_CURRENT_SOURCE_DIR}/python/quanze/py.typed)
foreach(f IN LISTS qzb_py_files)
  get_filename_component(n ${f} NAME)
  configure_file(${f} ${QZB_PY_PKG}/${n} COPYONLY)
endforeach()
add_custom_command(TARGET quanze_python POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${QZB_PY_GEN}/_core.py ${QZB_PY_PKG}/_core.py
  VERBATIM)

# Tests: one unittest module per C test module, each its own ctest entry.
file(GLOB qzb_py_tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/python/tests/test_*.py)
foreach(t IN LISTS qzb_py_tests)
  get_filename_component(n ${t} NAME_WE)
  string(REPLACE "test_" "" short ${n})
  add_test(NAME py_${short}
    COMMAND ${Python3_EXECUTABLE} -m unittest -v ${n}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/python/tests)
  set_tests_properties(py_${short} PROPERTIES TIMEOUT 300
    ENVIRONMENT "PYTHONPATH=${QZB_PY_ROOT};PYTHONDONTWRITEBYTECODE=1;QZ_SOURCE_DIR=${PROJECT_SOURCE_DIR};QZB_TEST_DATA=${QZB_TEST_DATA}")
endforeach()

# The example script runs on its sample CSV as a test too.
add_test(NAME py_example_leave
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/python/late_leave.py
          ${PROJECT_SOURCE_DIR}/examples/python/leave-records.csv)
set_tests_properties(py_example_leave PROPERTIES TIMEOUT 120
  ENVIRONMENT "PYTHONPATH=${QZB_PY_ROOT};PYTHONDONTWRITEBYTECODE=1")

# The document-management plugin example prints a draft's route as JSON.
add_test(NAME py_example_route
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/examples/python/route_json.py
          ${PROJECT_SOURCE_DIR}/examples/dms-plugin/draft.xml)
set_tests_properties(py_example_route PROPERTIES TIMEOUT 120
  PASS_REGULAR_EXPRESSION "\"step\": \"signing\""
  ENVIRONMENT "PYTHONPATH=${QZB_PY_ROOT};PYTHONDONTWRITEBYTECODE=1")

# Installation: <prefix>/lib/quanze/python/quanze (put <prefix>/lib/quanze/python
# on PYTHONPATH); the extension finds libquanze through its RPATH.
set(QZB_PY_INSTALL ${CMAKE_INSTALL_LIBDIR}/quanze/python/quanze)
install(TARGETS quanze_python LIBRARY DESTINATION ${QZB_PY_INSTALL})
install(FILES ${qzb_py_files} ${QZB_PY_GEN}/_core.py DESTINATION ${QZB_PY_INSTALL})

# The benchmark keeps working: a short run.
add_test(NAME py_bench_smoke
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/bench/bench_bindings.py --quick)
set_tests_properties(py_bench_smoke PROPERTIES TIMEOUT 300
  ENVIRONMENT "PYTHONPATH=${QZB_PY_ROOT};PYTHONDONTWRITEBYTECODE=1")

# The wheel: built with `python3 -m build --no-isolation` (pyproject.toml and
# setup.py at the top), installed into a fresh venv, examples run from there.
# CMake's build of the wheel is kept in this build directory between runs.
add_test(NAME py_wheel
  COMMAND bash ${PROJECT_SOURCE_DIR}/scripts/wheel-test.sh ${Python3_EXECUTABLE}
          ${CMAKE_BINARY_DIR}/wheel-work)
set_tests_properties(py_wheel PROPERTIES TIMEOUT 900 RUN_SERIAL ON)
