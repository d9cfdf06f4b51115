#!/usr/bin/env bash
# Builds and runs every test of libsyriaevents:
#   1. installs what is missing (apt-get, only as root and only when needed);
#   2. gcc RelWithDebInfo build (the default: what users build, with the
#      warnings only optimisation finds) + ctest (unit, CLI, corpus tests);
#   3. gcc Release and clang builds with -Werror (warnings only, no tests:
#      -O3 and clang each find warnings the others miss);
#   4. ASan+UBSan Debug build (-DSYEV_SANITIZE=ON, debug-only invariant
#      checks on) + ctest;
#   5. the thread test under ThreadSanitizer (tests/tsan_test.sh);
#   6. bounded libFuzzer runs of every harness (tests/fuzz_bounded.sh,
#      FUZZ_SECONDS each, default 60);
#   7. valgrind (--leak-check=full --error-exitcode=1) over the unit tests.
# Every stage runs even when an earlier one failed; the script ends with the
# ctest summary of each stage and exits non-zero if anything failed.
#
# Environment: JOBS (parallel build jobs, default 2), SYEV_SKIP_INSTALL=1 to
# never call apt-get.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
jobs=${JOBS:-2}
failed=()
summaries=()

say() { printf '\n== %s\n' "$*"; }

# ------------------------------------------------------------ dependencies
# "test|package" pairs: the test tells whether the package is needed.
deps=(
  "command -v cc|build-essential"
  "command -v make|build-essential"
  "command -v cmake|cmake"
  "command -v pkg-config|pkg-config"
  "pkg-config --exists libpcre2-8|libpcre2-dev"
  "pkg-config --exists libcjson|libcjson-dev"
  "pkg-config --exists cmocka|libcmocka-dev"
  "command -v python3|python3"
  "command -v valgrind|valgrind"
  "command -v clang|clang"
  "printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' | clang -fsanitize=fuzzer -x c - -o /dev/null|libclang-rt-dev"
  "command -v parallel|parallel"
  "command -v chromium|chromium"
)

install_missing() {
  local missing=() entry check pkg
  for entry in "${deps[@]}"; do
    check=${entry%|*}
    pkg=${entry##*|}
    if ! eval "$check" >/dev/null 2>&1; then
      [[ " ${missing[*]-} " == *" $pkg "* ]] || missing+=("$pkg")
    fi
  done
  ((${#missing[@]})) || return 0
  if [[ ${SYEV_SKIP_INSTALL:-0} == 1 || $(id -u) != 0 ]] || ! command -v apt-get >/dev/null; then
    echo "missing (tests that need them will fail or skip): ${missing[*]}"
    return 0
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { echo "apt-get failed"; failed+=("install"); }
}

# ------------------------------------------------------------ stages
# run_ctest <stage name> <build dir> [ctest args...]: keeps the summary line.
run_ctest() {
  local name=$1 dir=$2
  shift 2
  local log
  log=$(mktemp)
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  local line
  line=$(grep -E 'tests passed|No tests were found' "$log" | tail -n 1)
  summaries+=("$(printf '%-22s %s' "$name:" "${line:-no ctest summary (rc $rc)}")")
  rm -f "$log"
  ((rc == 0)) || failed+=("$name")
}

# run_script <stage name> <command...>: a test script; keeps its last line.
run_script() {
  local name=$1
  shift
  say "$name"
  local log
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  summaries+=("$(printf '%-22s %s' "$name:" "$( ((rc == 0)) && echo passed || echo "FAILED (rc $rc)"): $(tail -n 1 "$log")")")
  rm -f "$log"
  ((rc == 0)) || failed+=("$name")
}

# build <stage name> <build dir> [cmake args...]
build() {
  local name=$1 dir=$2
  shift 2
  say "$name: configure and build in $dir"
  if cmake -S "$root" -B "$dir" "$@" >/dev/null && cmake --build "$dir" -j "$jobs"; then
    return 0
  fi
  failed+=("$name build")
  summaries+=("$(printf '%-22s %s' "$name:" "BUILD FAILED")")
  return 1
}

install_missing

if build "gcc" "$root/build-test" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=gcc; then
  say "gcc: ctest"
  run_ctest "gcc" "$root/build-test"
fi

build "gcc Release -Werror" "$root/build-release" -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=gcc \
  -DBUILD_TESTING=OFF &&
  summaries+=("$(printf '%-22s %s' "gcc Release -Werror:" "builds without warnings")")

if command -v clang >/dev/null; then
  build "clang -Werror" "$root/build-clang" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang &&
    summaries+=("$(printf '%-22s %s' "clang -Werror:" "builds without warnings")")
fi

if build "ASan+UBSan" "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=gcc \
  -DSYEV_SANITIZE=ON; then
  say "ASan+UBSan: ctest"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    run_ctest "ASan+UBSan" "$root/build-asan"
fi

[[ -f tests/tsan_test.sh ]] && run_script "TSan threads" bash tests/tsan_test.sh
[[ -f tests/fuzz_bounded.sh ]] && run_script "fuzz (bounded)" bash tests/fuzz_bounded.sh

if [[ -d $root/build-test ]] && command -v valgrind >/dev/null; then
  say "valgrind over the unit tests"
  run_ctest "valgrind (unit)" "$root/build-test" -L unit -T memcheck \
    --overwrite MemoryCheckCommand="$(command -v valgrind)" \
    --overwrite "MemoryCheckCommandOptions=--leak-check=full --error-exitcode=1 --errors-for-leak-kinds=definite,indirect,possible --suppressions=$root/tests/valgrind-pcre2-jit.supp"
else
  failed+=("valgrind missing")
fi

say "summary"
for s in "${summaries[@]}"; do
  echo "$s"
done
if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
