#!/bin/sh
# deb_test.sh — `cpack -G DEB` makes a Debian package that holds a working
# libsyriaevents: build it, check its control fields and contents, unpack it
# into a scratch root with `dpkg -x` and run the CLI from there.
#
# usage: deb_test.sh BUILD_DIR CPACK [CONFIG]
# Exit status: 0 pass, 1 fail, 77 skipped (cpack or dpkg-deb missing).
set -eu

build_dir=$1 cpack=$2 config=${3:-}
command -v "$cpack" >/dev/null 2>&1 || [ -x "$cpack" ] || { echo "SKIP: cpack not found"; exit 77; }
command -v dpkg-deb >/dev/null 2>&1 || { echo "SKIP: dpkg-deb not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syev-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
fail() { echo "FAIL: $*" >&2; exit 1; }

# ------------------------------------------------------------ build
# -B keeps CPack's staging tree out of the build directory.
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/out" ${config:+-C "$config"} \
    >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log"; fail "cpack -G DEB"; }
deb=$(find "$tmp/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { cat "$tmp/cpack.log"; fail "cpack wrote no .deb"; }
echo "--- built $(basename "$deb")"

# ------------------------------------------------------------ control
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = libsyriaevents ] || fail "Package is '$(field Package)'"
field Depends | grep -q 'libpcre2-8-0' || fail "Depends lacks libpcre2-8-0: $(field Depends)"
field Depends | grep -q 'libcjson1' || fail "Depends lacks libcjson1: $(field Depends)"
field Maintainer | grep -q '<.*@.*>' || fail "Maintainer is not 'Name <email>': $(field Maintainer)"
[ -n "$(field Description)" ] || fail "no Description"
[ -n "$(field Version)" ] || fail "no Version"

# ------------------------------------------------------------ contents
# Symbolic links are listed as 'name -> target': keep the name.
dpkg-deb -c "$deb" | sed 's/ -> .*//' | awk '{ print $NF }' >"$tmp/contents"
for pattern in '/usr/bin/syriaevents-timeline$' '/libsyriaevents\.so\.0$' '/libsyriaevents\.a$' \
               '/usr/include/syriaevents\.h$' '/usr/include/syriaevents_export\.h$' \
               '/pkgconfig/syriaevents\.pc$' '/cmake/syriaevents/syriaevents-config\.cmake$' \
               '/man1/syriaevents-timeline\.1' '/man3/syriaevents\.3'; do
    grep -q "$pattern" "$tmp/contents" || fail "the package lacks $pattern"
done

# ------------------------------------------------------------ unpack and run
root=$tmp/root
if command -v dpkg >/dev/null 2>&1; then dpkg -x "$deb" "$root"; else dpkg-deb -x "$deb" "$root"; fi
so=$(find "$root" -name 'libsyriaevents.so.0' | head -n 1)
libdir=$(dirname "$so")
pc=$(find "$root" -name syriaevents.pc | head -n 1)
grep -q '^prefix=/usr$' "$pc" || fail "syriaevents.pc in the package has $(grep ^prefix= "$pc")"

# A short French text written for this test.
printf '%s\n' "Damas, 27 décembre 2016 — Des affrontements ont éclaté hier dans la région de Homs." \
    >"$tmp/article.txt"
out=$(LD_LIBRARY_PATH="$libdir" "$root/usr/bin/syriaevents-timeline" --dct 2016-12-27 "$tmp/article.txt") ||
    fail "the packaged CLI exited with $?"
printf '%s\n' "$out" | grep -q '"schema"' || fail "the packaged CLI printed no JSON object: $out"
LD_LIBRARY_PATH="$libdir" "$root/usr/bin/syriaevents-timeline" --version >/dev/null ||
    fail "the packaged CLI --version"

echo "PASS: $(basename "$deb") unpacked with dpkg -x runs the CLI"
