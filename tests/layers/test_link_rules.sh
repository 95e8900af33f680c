#!/bin/sh
# stsdesk_forbid_qt_modules (cmake/StsDeskLinkRules.cmake) refuses a target that reaches a
# forbidden Qt module directly or through another library, and accepts one that does not. Each
# case configures a tiny project with stand-ins for the Qt targets.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# plant NAME LINKS: a project whose library "render" links LINKS (the CLI links render).
plant() {
    mkdir -p "$tmp/$1"
    cat > "$tmp/$1/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(LinkRules NONE)
list(APPEND CMAKE_MODULE_PATH "$project/cmake")
include(StsDeskLinkRules)
foreach(module Gui Widgets Charts)
    add_library(Qt6::\${module} INTERFACE IMPORTED)
endforeach()
set_property(TARGET Qt6::Charts PROPERTY INTERFACE_LINK_LIBRARIES Qt6::Widgets)
add_library(helper INTERFACE)
add_library(render INTERFACE)
target_link_libraries(render INTERFACE $2)
add_library(cli INTERFACE)
target_link_libraries(cli INTERFACE render)
stsdesk_forbid_qt_modules(cli Widgets Charts)
CMAKE
}
check() { cmake -S "$1" -B "$1/build" > "$tmp/out" 2>&1; }
. "$here/expect.sh"

plant gui "Qt6::Gui"
expect_accepted "$tmp/gui" gui
plant widgets "helper Qt6::Widgets"
expect_refused widgets "cli must not link Qt Widgets"
# Charts brings Widgets along: the first forbidden module on the way is named.
plant charts "Qt6::Gui Qt6::Charts"
expect_refused charts "cli must not link Qt Charts"

[ "$failures" -eq 0 ] || { echo "$failures case(s) failed"; exit 1; }
