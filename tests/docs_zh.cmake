# The Chinese documentation (docs/internals.md, "The Chinese documentation"):
# the pages keep in step with the English ones (code blocks and sections), the
# commands of the Chinese quick start and of the worked example run exactly as
# written against the built tool, and the Chinese man page renders intact.
add_test(NAME docs_zh_sync
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_docs_zh.py ${PROJECT_SOURCE_DIR})
add_test(NAME docs_zh_sync_selftest
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_docs_zh.py --self-test)
set_tests_properties(docs_zh_sync docs_zh_sync_selftest PROPERTIES LABELS docs
                     ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
if(TARGET quanze_cli)
  add_test(NAME docs_zh_quickstart
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_quickstart_zh.py
                   $<TARGET_FILE:quanze_cli>
                   ${PROJECT_SOURCE_DIR}/README.zh-CN.md
                   ${PROJECT_SOURCE_DIR}/docs/zh/example-rule.md
                   ${PROJECT_SOURCE_DIR}/docs/example-rule.md)
  set_tests_properties(docs_zh_quickstart PROPERTIES LABELS "docs;cli" TIMEOUT 600)
endif()
# groff-base is in scripts/deps.sh; the test is always registered, so a
# missing groff fails instead of skipping.
find_program(QZ_GROFF groff)
if(NOT QZ_GROFF)
  set(QZ_GROFF groff)
endif()
add_test(NAME docs_zh_man
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_man_zh.py ${QZ_GROFF}
                 ${PROJECT_SOURCE_DIR}/docs/zh/quanze.1)
set_tests_properties(docs_zh_man PROPERTIES LABELS docs)
# Every relative link of README*.md and docs/ leads to a file and section that exist.
add_test(NAME doc_links COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_doc_links.py ${PROJECT_SOURCE_DIR})
add_test(NAME doc_links_selftest COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_doc_links.py --self-test)
set_tests_properties(doc_links doc_links_selftest PROPERTIES LABELS docs ENVIRONMENT "PYTHONDONTWRITEBYTECODE=1")
