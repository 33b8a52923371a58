# Replays every fuzz corpus in the normal test run (no libFuzzer needed).
file(GLOB QZ_FUZZ_TARGETS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_*.c)
foreach(src IN LISTS QZ_FUZZ_TARGETS)
  get_filename_component(target ${src} NAME_WE)
  string(REGEX REPLACE "^fuzz_" "" name ${target})
  add_executable(replay_${name} ${src} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay.c)
  target_compile_definitions(replay_${name} PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
  target_link_libraries(replay_${name} PRIVATE quanze_internal)
  if(name STREQUAL "cli_args")   # the tool's parser, without the tool
    target_sources(replay_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tools/args.c)
    target_include_directories(replay_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tools)
  endif()
  add_test(NAME fuzz_replay_${name}
           COMMAND replay_${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${name})
endforeach()
