# One interface target carries the warning flags and the Qt definitions every part of STS Desk uses.
add_library(stsdesk_options INTERFACE)
target_compile_options(stsdesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-qual -Wformat=2)
target_compile_definitions(stsdesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    STSDESK_VERSION="${PROJECT_VERSION}")
option(STSDESK_WERROR "Treat warnings as errors" OFF)
if(STSDESK_WERROR)
    target_compile_options(stsdesk_options INTERFACE -Werror)
endif()
