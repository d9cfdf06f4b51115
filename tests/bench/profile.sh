#!/usr/bin/env bash
# Where the pipeline spends its instructions: callgrind on a slice (300 KB) of the
# benchmark corpus, with an optimised build that keeps symbols.
#
#   bash tests/bench/profile.sh [--size 300KB] [--build-dir build-bench-prof]
#
# Prints the top functions, inclusive and exclusive, and leaves the full
# profile in BUILD/bench/callgrind.out (open it with kcachegrind or
# callgrind_annotate --inclusive=yes).  Needs valgrind.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$ROOT/build-bench-prof
SIZE=300KB
while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) BUILD=$(realpath -m "$2"); shift ;;
        --size) SIZE=$2; shift ;;
        *) echo "profile.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
command -v valgrind >/dev/null || { echo "profile.sh: apt-get install valgrind" >&2; exit 1; }

NICE="nice -n 10"
# Static library: callgrind then sees the library's functions by name
# without having to follow a shared object.
$NICE cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_SHARED_LIBS=OFF \
    -DSYEV_WERROR=OFF -DBUILD_TESTING=OFF >/dev/null
$NICE cmake --build "$BUILD" -j2 --target syriaevents-timeline >/dev/null

WORK=$BUILD/bench
mkdir -p "$WORK"
CORPUS=$WORK/profile-$SIZE.jsonl
$NICE python3 "$HERE/gen_corpus.py" --out "$CORPUS" --size "$SIZE" >/dev/null

OUT=$WORK/callgrind.out
$NICE valgrind --tool=callgrind --callgrind-out-file="$OUT" \
    "$BUILD/examples/syriaevents-timeline" --input jsonl --output jsonl -j 1 --quiet "$CORPUS" \
    >/dev/null 2>"$WORK/callgrind.log" || { tail "$WORK/callgrind.log" >&2; exit 1; }
rm -f "$CORPUS" "$CORPUS.meta.json"

# The function rows of callgrind_annotate: "  1,234 (12.34%)  file:function [object]".
# JIT-compiled pattern code has no symbols ("???"): its cost shows under
# the caller (pcre2_match / syevp_regex_match).
top() {
    grep -E '^ *[0-9,]+ +\( *[0-9.]+%\)  [^ ]+:' | grep -vE 'PROGRAM TOTALS|\?\?\?:|  /' |
        head -n 30
}
echo "== inclusive (top 30)"
callgrind_annotate --inclusive=yes --auto=no --tree=none "$OUT" 2>/dev/null | top
echo "== exclusive (top 30)"
callgrind_annotate --auto=no --tree=none "$OUT" 2>/dev/null | top
echo "full profile: $OUT"
