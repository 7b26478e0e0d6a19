# Shared build settings and the one helper that registers a test.

# Warnings for every target of ours.
function(kakanai_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual
                                             -Wimplicit-fallthrough)
    if(KAKANAI_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Qt's own headers trip -Wold-style-cast in places; keep them system headers.
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
                                                 QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS)
endfunction()

# kakanai_add_test(NAME <name> SOURCES <files...> LIBS <targets...> LABELS <unit|integration|gui|fuzz>
#                  [RESOURCE_LOCK <lock>] [TIMEOUT <s>] [ENVIRONMENT <VAR=value...>] [FIXTURES <fixtures...>])
# One executable per test class, run offscreen, labelled so `ctest -L unit` etc. work.
function(kakanai_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;RESOURCE_LOCK;ENVIRONMENT;FIXTURES" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    kakanai_set_warnings(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        KAKANAI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        KAKANAI_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=kakanai.*.debug=true;${T_ENVIRONMENT}")
    if(T_RESOURCE_LOCK)
        set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK "${T_RESOURCE_LOCK}")
    endif()
    if(T_FIXTURES)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
endfunction()

# kakanai_add_fuzz(NAME <name> SOURCES <files...> LIBS <targets...>)
# A libFuzzer target. With KAKANAI_FUZZ (clang, the 'fuzz' preset) it is a real libFuzzer binary for long
# campaigns; otherwise it links a small runner that replays every file of tests/fuzz/corpus/<name>/, and ctest
# runs that replay on every test run (label 'fuzz').
# Every target is also listed in <build>/fuzz-targets.txt (one name a line), which scripts/fuzz reads to find them
# all; harnesses that need test keys find them through KAKANAI_SOURCE_DIR.
function(kakanai_add_fuzz)
    cmake_parse_arguments(F "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${F_NAME} ${F_SOURCES})
    target_link_libraries(${F_NAME} PRIVATE ${F_LIBS})
    target_compile_definitions(${F_NAME} PRIVATE KAKANAI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set_property(GLOBAL APPEND PROPERTY KAKANAI_FUZZ_TARGETS ${F_NAME})
    if(KAKANAI_FUZZ)
        target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    else()
        kakanai_set_warnings(${F_NAME})
        target_link_libraries(${F_NAME} PRIVATE kakanai_fuzz_replay)
        set(corpus ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/${F_NAME})
        add_test(NAME ${F_NAME}_replay COMMAND ${F_NAME} ${corpus})
        set_tests_properties(${F_NAME}_replay PROPERTIES LABELS fuzz TIMEOUT 300
                             ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endif()
endfunction()

# kakanai_install_program(TARGET <program> COMPONENT <package component> DESCRIPTION "<one line>")
# Installs a program to bin/ in the Debian package of COMPONENT (packaging/CMakeLists.txt) and, when help2man is
# found, makes its man page from its --help and --version at build time (share/man/man1/<program>.1.gz). The help
# runs with no display variables set: every program's --help must work without a display.
function(kakanai_install_program)
    cmake_parse_arguments(P "" "TARGET;COMPONENT;DESCRIPTION" "" ${ARGN})
    install(TARGETS ${P_TARGET} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${P_COMPONENT})
    find_program(KAKANAI_HELP2MAN help2man)
    if(NOT KAKANAI_HELP2MAN)
        message(WARNING "help2man not found: no man page for ${P_TARGET} (scripts/test installs it)")
        return()
    endif()
    set(page ${CMAKE_BINARY_DIR}/man/man1/${P_TARGET}.1)
    add_custom_command(
        OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man/man1
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                SOURCE_DATE_EPOCH=${KAKANAI_SOURCE_DATE_EPOCH}
                ${KAKANAI_HELP2MAN} --no-info --no-discard-stderr --locale=C.UTF-8 --section=1 --name=${P_DESCRIPTION}
                --include=${PROJECT_SOURCE_DIR}/packaging/man-common.h2m --output=${page} $<TARGET_FILE:${P_TARGET}>
        COMMAND gzip -9nf ${page}
        DEPENDS ${P_TARGET} ${PROJECT_SOURCE_DIR}/packaging/man-common.h2m
        COMMENT "Man page of ${P_TARGET} (help2man)"
        VERBATIM)
    add_custom_target(${P_TARGET}_man ALL DEPENDS ${page}.gz)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${P_COMPONENT})
endfunction()

# Writes <build>/fuzz-targets.txt once every directory has been configured.
function(kakanai_write_fuzz_targets)
    get_property(targets GLOBAL PROPERTY KAKANAI_FUZZ_TARGETS)
    list(SORT targets)
    list(JOIN targets "\n" text)
    file(WRITE ${CMAKE_BINARY_DIR}/fuzz-targets.txt "${text}\n")
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL kakanai_write_fuzz_targets)
