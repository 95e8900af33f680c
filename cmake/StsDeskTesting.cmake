# stsdesk_add_test(NAME SOURCES ... [LIBRARIES ...] LABELS unit|gui|integration [TIMEOUT s]
#                  [FIXTURES_REQUIRED ...] [RESOURCE_LOCK ...])
# One Qt Test program per class or feature. Every test runs offscreen, in UTC, with a UTF-8 C locale,
# and with a private HOME/XDG tree so no test ever touches the user's workspace.
function(stsdesk_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;FIXTURES_REQUIRED;RESOURCE_LOCK" ${ARGN})
    if(NOT T_LABELS)
        message(FATAL_ERROR "stsdesk_add_test(${name}): LABELS is required (unit, gui or integration)")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE stsdesk_options stsdesk_test_support Qt6::Test ${T_LIBRARIES})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    # Every run starts from an empty private HOME: keys, settings and workspaces of an earlier run
    # must not decide the outcome of this one.
    add_test(NAME ${name}
             COMMAND sh -c "rm -rf \"$0\" && mkdir -p \"$0\" && exec \"$1\"" "${home}"
                     "$<TARGET_FILE:${name}>")
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=UTC;LC_ALL=C.UTF-8;LANGUAGE=;HOME=${home};XDG_DATA_HOME=${home}/data;XDG_CONFIG_HOME=${home}/config;XDG_CACHE_HOME=${home}/cache;STSDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};STSDESK_BINARY_DIR=${CMAKE_BINARY_DIR}")
    if(T_FIXTURES_REQUIRED)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES_REQUIRED}")
    endif()
    if(T_RESOURCE_LOCK)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK "${T_RESOURCE_LOCK}")
    endif()
endfunction()
