#!/usr/bin/env bash
# Builds the .deb from an existing build tree, checks its metadata and contents, unpacks it into a
# temporary root and runs the packaged CLI from there. Used by CTest (test_package).
set -euo pipefail
build=$1
work=$(mktemp -d /tmp/sts-package-XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/stsdesk_*.deb)
dpkg-deb --info "$deb" >"$work/info"
grep -q '^ Package: stsdesk$' "$work/info"
# dpkg-shlibdeps must have found the Qt, OpenSSL and ldns libraries.
for dep in libqt6core6 libssl3 libldns3 libqt6sql6-sqlite qt6-translations-l10n; do
  grep -q "Depends:.*$dep" "$work/info" || { echo "missing dependency $dep"; cat "$work/info"; exit 1; }
done
dpkg-deb --contents "$deb" >"$work/contents"
for path in ./usr/bin/stsdesk ./usr/bin/stsdesk-cli ./usr/share/applications/stsdesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/stsdesk.svg \
            ./usr/share/metainfo/io.github.stsdesk.StsDesk.metainfo.xml; do
  grep -q " $path\$" "$work/contents" || { echo "missing $path"; exit 1; }
done
# Debian policy as lintian reads it; no overrides are needed (copyright, changelog and manual pages
# are installed by installer/CMakeLists.txt).
lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>/dev/null || {
  lintian --tag-display-limit 0 "$deb"; exit 1; }
for path in ./usr/share/doc/stsdesk/copyright ./usr/share/doc/stsdesk/changelog.gz \
            ./usr/share/man/man1/stsdesk.1.gz ./usr/share/man/man1/stsdesk-cli.1.gz; do
  grep -q " $path\$" "$work/contents" || { echo "missing $path"; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/stsdesk-cli" --version | head -1)
[[ $version == "stsdesk-cli "* ]] || { echo "unexpected version output: $version"; exit 1; }
desktop-file-validate "$work/root/usr/share/applications/stsdesk.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.stsdesk.StsDesk.metainfo.xml" >/dev/null
echo "package ok: $(basename "$deb"), $version"
