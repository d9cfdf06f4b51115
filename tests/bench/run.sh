#!/usr/bin/env bash
# The benchmark of issue 5, in one command (from the repository root):
#
#   bash tests/bench/run.sh [options]
#
#   --build-dir DIR   Release build to use/create (default: build-bench)
#   --no-build        do not configure/build (the `bench` CMake target uses it)
#   --no-peers        skip installing and timing dateparser and chrono-node
#   --no-rss-1g       skip the peak-RSS run on a generated 1 GiB file
#   --rss-1g-force    run the 1 GiB step even when projected over its budget
#   --rss-jobs LIST   -j values of the 1 GiB runs: 1, 2 or 1,2 (default)
#   --budget SECONDS  time for the main step (default 200): a slow pipeline is
#                     then measured on a prefix of the corpus, and the report says so
#   --runs N          runs per measurement, median reported (default 5)
#   --size SIZE       corpus size (default 50MB)
#   --quick           a smoke run: 5MB, 3 runs, no peers, no 1 GiB step
#
# Writes tests/bench/results.json (ignored by git) and tests/bench/RESULTS.md.
# Everything runs under `nice`: the machine is shared.  Generated corpora live
# in the build directory and are never committed (they recombine third-party
# text).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$ROOT/build-bench
BUILD_IT=1 PEERS=1 RSS1G=1 RUNS=5 SIZE=50MB
EXTRA=()

while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) BUILD=$(realpath -m "$2"); shift ;;
        --no-build) BUILD_IT=0 ;;
        --no-peers) PEERS=0 ;;
        --no-rss-1g) RSS1G=0 ;;
        --rss-1g-force) EXTRA+=(--rss-1g-force) ;;
        --budget) EXTRA+=(--budget "$2"); shift ;;
        --rss-jobs) EXTRA+=(--rss-jobs "$2"); shift ;;
        --runs) RUNS=$2; shift ;;
        --size) SIZE=$2; shift ;;
        --quick) SIZE=5MB RUNS=3 PEERS=0 RSS1G=0 ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

NICE="nice -n 10"
WORK=$BUILD/bench
CLI=$BUILD/examples/syriaevents-timeline
BASELINE=$BUILD/tests/bench/syev-bench-baseline
RUNSTAT=$BUILD/tests/bench/syev-bench-runstat
CORPUS=$WORK/corpus-$SIZE.jsonl

if [ "$BUILD_IT" = 1 ]; then
    echo "run.sh: building (Release) in $BUILD" >&2
    # Warnings are not errors here: -O2 enables extra gcc diagnostics (e.g.
    # format-truncation) that must not stop a speed measurement; the Debug
    # builds keep -Werror.
    mkdir -p "$BUILD"
    { $NICE cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DSYEV_BUILD_BENCH=ON \
          -DSYEV_WERROR=OFF &&
      $NICE cmake --build "$BUILD" -j2 --target syriaevents-timeline syev-bench-baseline \
          syev-bench-runstat; } >"$BUILD/bench-build.log" 2>&1 ||
        { tail -30 "$BUILD/bench-build.log" >&2; echo "run.sh: build failed" >&2; exit 1; }
fi
for exe in "$CLI" "$BASELINE" "$RUNSTAT"; do
    [ -x "$exe" ] || { echo "run.sh: $exe missing (build with -DSYEV_BUILD_BENCH=ON)" >&2; exit 1; }
done

if [ "$PEERS" = 1 ]; then
    bash "$HERE/setup_peers.sh" >&2
fi

mkdir -p "$WORK"
echo "run.sh: generating $CORPUS" >&2
$NICE python3 "$HERE/gen_corpus.py" --out "$CORPUS" --size "$SIZE" >/dev/null

ARGS=(--cli "$CLI" --baseline "$BASELINE" --runstat "$RUNSTAT" --corpus "$CORPUS" --work "$WORK" --runs "$RUNS")
[ "$PEERS" = 1 ] || ARGS+=(--no-peers)
[ "$RSS1G" = 1 ] && ARGS+=(--rss-1g)
ARGS+=("${EXTRA[@]}")
$NICE python3 "$HERE/bench.py" "${ARGS[@]}"
rm -f "$CORPUS" "$CORPUS.meta.json"
