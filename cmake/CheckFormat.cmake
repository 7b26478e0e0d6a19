# ctest 'format_check': fails when any C++ file of the project differs from what .clang-format makes of it.
# Run as: cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<root> -P CheckFormat.cmake
set(folders app cardreader common forms printer outbox inbox platform tests)
set(files)
foreach(folder ${folders})
    file(GLOB_RECURSE found ${SOURCE_DIR}/${folder}/*.cpp ${SOURCE_DIR}/${folder}/*.h)
    list(APPEND files ${found})
endforeach()
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror --style=file ${files}
                WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "files differ from .clang-format (fix with: clang-format -i <file>):\n${errors}")
endif()
message(STATUS "${count} files formatted as .clang-format says")
