#!/bin/sh
# The layering check (cmake/StsDeskLayers.cmake) refuses a cycle between core folders, a storage
# include in ui/, render/ or app/, and a core folder without a layer, and accepts the project
# itself and a tree that keeps the rules. Each case is a tiny tree planted in a temporary folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

check() { cmake -DSOURCE_DIR="$1" -P "$project/cmake/CheckLayers.cmake" > "$tmp/out" 2>&1; }

. "$here/expect.sh"

plant() { mkdir -p "$(dirname "$tmp/$1")"; printf '#include "%s"\n' "$2" > "$tmp/$1"; }

# A tree that keeps the rules: services uses storage, storage uses tlsrpt, ui uses services.
plant good/core/services/Use.cpp storage/Repo.h
plant good/core/storage/Repo.h tlsrpt/Report.h
plant good/core/tlsrpt/Report.h util/Result.h
plant good/ui/View.cpp services/Use.h
expect_accepted "$tmp/good" "a layered tree"

# storage -> tlsrpt and tlsrpt -> storage: the second include is the cycle.
plant cycle/core/storage/Repo.h tlsrpt/Report.h
plant cycle/core/tlsrpt/Importer.cpp storage/Repo.h
expect_refused cycle "core/tlsrpt/Importer.cpp (core/tlsrpt, layer 3) includes storage/"

# Two folders of the same rank may not lean on each other either.
plant peers/core/mtasts/Policy.h tlsrpt/Report.h
expect_refused peers "core/mtasts/Policy.h (core/mtasts, layer 3) includes tlsrpt/"

plant face/ui/wizard/Page.cpp storage/Database.h
expect_refused face "ui/wizard/Page.cpp includes storage/"

plant cli/app/cli/Command.cpp import/Importer.h
expect_refused cli "app/cli/Command.cpp includes storage/ or import/"

# The render library paints what the faces show: it reads the workspace through use cases too.
plant render/render/runbook/Pages.cpp storage/Database.h
expect_refused render "render/runbook/Pages.cpp includes storage/"

plant newfolder/core/monitoring/Check.cpp util/Result.h
expect_refused newfolder "core/monitoring has no layer"

expect_accepted "$project" "the project"

[ "$failures" -eq 0 ] || { echo "$failures case(s) failed"; exit 1; }
