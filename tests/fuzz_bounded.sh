#!/usr/bin/env bash
# fuzz_bounded.sh — fuzzes each harness of tests/fuzz/ for a bounded time
# with libFuzzer + ASan + UBSan, and fails on any finding (crash, leak,
# sanitizer report, broken invariant, timeout, out-of-memory).
#
# Usage: tests/fuzz_bounded.sh [HARNESS ...]   (default: all of them:
#        extract jsonl lexicon roundtrip)
# Env:   FUZZ_SECONDS    time per harness (default 60)
#        FUZZ_BUILD_DIR  build directory (default <source>/build-fuzz)
#        FUZZ_CC         a clang with libFuzzer (default clang)
#        FUZZ_NICE       nice level of the fuzzers (default 10)
# Inputs found during the run stay in <build>/fuzz-work/<harness>/corpus;
# a finding is saved in <build>/fuzz-work/<harness>/artifacts/ (keep it
# as a regression seed in tests/fuzz/regressions/<harness>/ once fixed).
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$src/build-fuzz}
secs=${FUZZ_SECONDS:-60}
cc=${FUZZ_CC:-clang}
niceness=${FUZZ_NICE:-10}
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(extract jsonl lexicon roundtrip)

if ! command -v "$cc" >/dev/null 2>&1; then
  echo "fuzz_bounded: $cc not found; libFuzzer needs clang" >&2
  exit 2
fi

CC=$cc cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSYEV_SANITIZE=ON -DSYEV_LIBFUZZER=ON -DSYEV_BUILD_EXAMPLES=OFF >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j2 --target "${targets[@]}" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

status=0
for h in "${harnesses[@]}"; do
  work=$build/fuzz-work/$h
  mkdir -p "$work/corpus" "$work/artifacts"
  seeds=("$src/tests/fuzz/corpus/$h")
  [ -d "$src/tests/fuzz/regressions/$h" ] && seeds+=("$src/tests/fuzz/regressions/$h")
  # The first directory receives new inputs; the seed directories are only read.
  if nice -n "$niceness" "$build/tests/fuzz/fuzz_$h" "$work/corpus" "${seeds[@]}" \
       -dict="$src/tests/fuzz/syriaevents.dict" -max_total_time="$secs" \
       -timeout=20 -rss_limit_mb=3072 -malloc_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$work/artifacts/" >"$work/log" 2>&1; then
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    echo "fuzz_$h: ${execs:-?} executions in ${secs} s, no finding"
  else
    status=1
    echo "fuzz_$h: FINDING (log: $work/log)" >&2
    grep -E 'ERROR|invariant broken|runtime error|SUMMARY|Test unit written' "$work/log" | head -20 >&2 || true
  fi
done
exit $status
