#!/bin/sh
# symbols_test.sh — only the public API leaves the shared library.
#
# Checks that the dynamic symbols libsyriaevents.so defines (nm -D) are
# exactly tests/exports.txt, that this list is exactly the SYEV_EXPORT
# declarations of the public headers, and that each is documented in
# man/syriaevents.3.
#
# usage: symbols_test.sh SHARED_LIBRARY SOURCE_DIR
# Exit status: 0 pass, 1 fail, 77 skipped (no nm, or a static build).
set -eu

lib=$1 src=$2
case $lib in
    *.a | *.lib) echo "SKIP: $lib is a static library (BUILD_SHARED_LIBS=OFF)"; exit 77 ;;
esac
command -v nm >/dev/null 2>&1 || { echo "SKIP: nm (binutils) not found"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syev-symbols.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
export LC_ALL=C
status=0

# Names only: comments and blank lines are for humans.
grep -v -e '^#' -e '^[[:space:]]*$' "$src/tests/exports.txt" | sort -u >"$tmp/expected"

# Every defined dynamic symbol, whatever its kind (code, data, weak).
nm -D --defined-only "$lib" | awk 'NF >= 3 { print $3 }' | sed 's/@.*//' | sort -u >"$tmp/actual"
if ! diff -u "$tmp/expected" "$tmp/actual" >"$tmp/diff"; then
    echo "FAIL: the exported symbols of $lib differ from tests/exports.txt"
    echo "      (- expected only, + exported only; a + line is a leak: make it static or"
    echo "       syevp_ with hidden visibility, or add it to the public API and exports.txt)"
    cat "$tmp/diff"
    status=1
fi

# The declarations users see: the function named just before '(' on a
# SYEV_EXPORT line.
cat "$src"/include/*.h | grep -o 'SYEV_EXPORT [^(]*(' |
    sed -E 's/.*[ *]([A-Za-z_0-9]+)[[:space:]]*\($/\1/' | sort -u >"$tmp/declared"
if ! diff -u "$tmp/expected" "$tmp/declared" >"$tmp/diff"; then
    echo "FAIL: tests/exports.txt differs from the SYEV_EXPORT declarations in include/"
    echo "      (- listed only, + declared only)"
    cat "$tmp/diff"
    status=1
fi

# Each public function is named in the API manual page.
while read -r name; do
    grep -q "\\b$name\\b" "$src/man/syriaevents.3" || {
        echo "FAIL: $name is not documented in man/syriaevents.3"
        status=1
    }
done <"$tmp/expected"

[ $status -ne 0 ] || echo "PASS: $(wc -l <"$tmp/expected") public symbols, all exported, declared and documented"
exit $status
