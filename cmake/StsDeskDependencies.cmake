# Every third-party dependency is looked up here, once, so the parts only name targets.
find_package(Qt6 6.4 REQUIRED COMPONENTS
    Core Network Sql Concurrent Gui Widgets Charts Svg PrintSupport LinguistTools Test)
qt_standard_project_setup()

find_package(OpenSSL 3.0 REQUIRED)
find_package(LibArchive REQUIRED)
find_package(ZLIB REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GMIME REQUIRED IMPORTED_TARGET gmime-3.0)
# io_uring: a bulk import reads its files with a few calls per hundred files (util/BatchFileReader).
pkg_check_modules(URING REQUIRED IMPORTED_TARGET liburing)

# ldns ships no CMake config; Debian's libldns-dev has a pkg-config file, fall back to a plain search.
pkg_check_modules(LDNS IMPORTED_TARGET ldns)
if(NOT LDNS_FOUND)
    find_path(LDNS_INCLUDE_DIR ldns/ldns.h REQUIRED)
    find_library(LDNS_LIBRARY ldns REQUIRED)
    add_library(PkgConfig::LDNS UNKNOWN IMPORTED)
    set_target_properties(PkgConfig::LDNS PROPERTIES
        IMPORTED_LOCATION "${LDNS_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${LDNS_INCLUDE_DIR}")
endif()
