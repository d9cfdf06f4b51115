#!/usr/bin/env bash
# tsan_test.sh — builds the thread test (tests/test_threads.c) with
# ThreadSanitizer in its own build directory and runs it.
#
# Usage: tests/tsan_test.sh
# Env:   CC (default: cc), TSAN_BUILD_DIR (default: <source>/build-tsan),
#        TSAN_OPTIONS (appended to ours).
# Exit:  0 when the test passed, or when the compiler has no usable TSan
#        (a "SKIP:" line says so); non-zero on any data race or failure.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=${TSAN_BUILD_DIR:-$src/build-tsan}
cc=${CC:-cc}

# Can this compiler build and run a TSan program here?
probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
printf 'int main(void) { return 0; }\n' > "$probe_dir/probe.c"
if ! "$cc" -fsanitize=thread "$probe_dir/probe.c" -o "$probe_dir/probe" 2>/dev/null ||
   ! "$probe_dir/probe" >/dev/null 2>&1; then
  echo "SKIP: $cc cannot build or run ThreadSanitizer programs here"
  exit 0
fi

flags="-fsanitize=thread -fno-omit-frame-pointer -O1 -g"
CC=$cc cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread \
  -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread \
  -DSYEV_SANITIZE=OFF -DSYEV_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$build" -j2 --target test_threads >/dev/null

export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
"$build/tests/test_threads"
echo "tsan_test: test_threads passed under ThreadSanitizer ($cc)"
