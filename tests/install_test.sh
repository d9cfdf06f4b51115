#!/bin/sh
# install_test.sh — install libsyriaevents into a temporary prefix and use it
# the way a new user would:
#   1. the installed files are where the docs say;
#   2. examples/link-example.c builds with pkg-config (shared, then static);
#   3. it builds with find_package(syriaevents) in a tiny CMake project
#      (shared and static targets; the version file refuses another major);
#   4. every program built runs, and so does the installed CLI (by its RPATH).
#
# usage: install_test.sh BUILD_DIR SOURCE_DIR CMAKE C_COMPILER [CONFIG]
# SYEV_CONSUMER_FLAGS: extra compile and link flags for the programs built
# here (a sanitizer build's library needs its runtime in the program too).
# Exit status: 0 pass, 1 fail, 77 skipped (a tool is missing).
set -eu

build_dir=$1 src_dir=$2 cmake=$3 cc=$4 config=${5:-}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/syev-install.XXXXXX")
[ -n "${SYEV_KEEP_TMP:-}" ] || trap 'rm -rf "$tmp"' EXIT INT TERM
prefix=$tmp/prefix

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: pkg-config not found"; exit 77; }

# A French sentence written for this test, and its creation date.
text="Les combats ont repris mardi près d'Alep, malgré le cessez-le-feu annoncé la veille par la Russie et la Turquie."
dct=2016-12-27

# Runs a program built from link-example.c and checks what its code
# promises (not what the extraction finds): the caller's DCT and the two
# section headers.
check_example() {
    out=$("$@" --dct "$dct" "$text") || fail "$1 exited with $?"
    printf '%s\n' "$out" | grep -q "^dct: $dct (given)" || fail "$1: no DCT line in: $out"
    printf '%s\n' "$out" | grep -q "^time expressions: [0-9]" || fail "$1: no time expressions line"
    printf '%s\n' "$out" | grep -q "^events: [0-9]" || fail "$1: no events line"
    # The same text through stdin.
    out=$(printf '%s' "$text" | "$@" --dct "$dct") || fail "$1 (stdin) exited with $?"
    printf '%s\n' "$out" | grep -q "^events: [0-9]" || fail "$1 (stdin): no events line"
}

# ------------------------------------------------------------ install
step "cmake --install into $prefix"
"$cmake" --install "$build_dir" --prefix "$prefix" ${config:+--config "$config"} >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "cmake --install"; }
# The library directory follows GNUInstallDirs: lib, lib64 or lib/<triplet>.
pc=$(find "$prefix" -name syriaevents.pc | head -n 1)
[ -n "$pc" ] || fail "syriaevents.pc not installed"
libdir=$(dirname "$(dirname "$pc")")
for f in include/syriaevents.h include/syriaevents_timeline.h include/syriaevents_export.h \
         include/syriaevents_version.h bin/syriaevents-timeline \
         share/man/man1/syriaevents-timeline.1 share/man/man3/syriaevents.3 \
         share/man/man3/syev_extract.3; do
    [ -f "$prefix/$f" ] || fail "missing $f"
done
# A build with BUILD_SHARED_LIBS=OFF installs the static library only.
if [ -e "$libdir/libsyriaevents.so" ]; then shared=yes; else shared=no; fi
libs="libsyriaevents.a"
[ $shared = no ] || libs="libsyriaevents.so libsyriaevents.so.0 $libs"
for f in $libs \
         cmake/syriaevents/syriaevents-config.cmake \
         cmake/syriaevents/syriaevents-config-version.cmake; do
    [ -e "$libdir/$f" ] || fail "missing $libdir/$f"
done
grep -q "^prefix=$prefix\$" "$pc" || fail "syriaevents.pc does not point at $prefix"
if grep -q "^Cflags:.*-D" "$pc"; then fail "build-only define leaked into Cflags: $(grep ^Cflags: "$pc")"; fi

# ------------------------------------------------------------ pkg-config
export PKG_CONFIG_PATH="$libdir/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
example=$src_dir/examples/link-example.c
extra=${SYEV_CONSUMER_FLAGS:-}
cflags="-std=c11 -Wall -Wextra -Wpedantic -Werror $extra"

if [ $shared = yes ]; then
    step "pkg-config, shared"
    # shellcheck disable=SC2046  # word splitting of pkg-config's output is wanted
    "$cc" $cflags -o "$tmp/ex-pc" "$example" $(pkg-config --cflags --libs syriaevents) ||
        fail "link-example.c does not build with pkg-config"
    readelf -d "$tmp/ex-pc" 2>/dev/null | grep -q 'NEEDED.*libsyriaevents\.so\.0\]' ||
        fail "ex-pc is not linked to the SONAME libsyriaevents.so.0"
    LD_LIBRARY_PATH="$libdir" check_example "$tmp/ex-pc"
fi

step "pkg-config --static"
static_libs=$(pkg-config --static --libs syriaevents | sed 's/-lsyriaevents\b/-l:libsyriaevents.a/')
# shellcheck disable=SC2046
"$cc" $cflags -o "$tmp/ex-static" "$example" $(pkg-config --static --cflags syriaevents) $static_libs ||
    fail "link-example.c does not build against the static library"
if readelf -d "$tmp/ex-static" | grep -q 'NEEDED.*libsyriaevents'; then
    fail "ex-static still needs the shared library"
fi
check_example "$tmp/ex-static"

# ------------------------------------------------------------ find_package
step "find_package(syriaevents)"
mkdir "$tmp/proj"
cp "$example" "$tmp/proj/"
if [ $shared = yes ]; then components="shared static"; else components="static"; fi
cat >"$tmp/proj/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.16)
project(consumer C)
# SameMajorVersion: another major release must not be accepted.
find_package(syriaevents 99 QUIET)
if(syriaevents_FOUND)
  message(FATAL_ERROR "find_package(syriaevents 99) accepted another major version")
endif()
find_package(syriaevents 0.1 REQUIRED COMPONENTS $components)
add_executable(ex-shared link-example.c)
target_link_libraries(ex-shared PRIVATE syriaevents::syriaevents)
add_executable(ex-static link-example.c)
target_link_libraries(ex-static PRIVATE syriaevents::syriaevents_static)
EOF
"$cmake" -S "$tmp/proj" -B "$tmp/proj/build" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_FLAGS="$extra" -DCMAKE_EXE_LINKER_FLAGS="$extra" >"$tmp/proj.log" 2>&1 ||
    { cat "$tmp/proj.log"; fail "consumer project does not configure"; }
"$cmake" --build "$tmp/proj/build" >>"$tmp/proj.log" 2>&1 ||
    { cat "$tmp/proj.log"; fail "consumer project does not build"; }
# The imported shared target carries the library's path, but the consumer's
# build RPATH is what CMake sets: it must run with no help.
check_example "$tmp/proj/build/ex-shared"
check_example "$tmp/proj/build/ex-static"

# ------------------------------------------------------------ the CLI
step "installed CLI"
printf '%s\n' "$text" >"$tmp/article.txt"
out=$("$prefix/bin/syriaevents-timeline" --dct "$dct" "$tmp/article.txt") ||
    fail "installed syriaevents-timeline exited with $?"
printf '%s\n' "$out" | grep -q '"schema"' || fail "the CLI printed no JSON object: $out"
"$prefix/bin/syriaevents-timeline" --version | grep -q "[0-9]\.[0-9]" || fail "--version"

echo "PASS: installed into a temporary prefix; link-example built with pkg-config and find_package"
