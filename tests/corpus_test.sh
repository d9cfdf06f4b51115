#!/usr/bin/env bash
# Corpus figures: runs the CLI on ../shared (the repository's parent holds
# shared/: corpus/, eval/score.py, eval/peer-suites/) and fails when a figure
# drops below its floor in tests/corpus_floors.json.  Exit 77 (CTest: skipped)
# when ../shared or python3 is missing.
#
#   tests/corpus_test.sh path/to/syriaevents-timeline [--update] [--errors N]
#
# --update raises the floors to the figures reached (rounded down to 2
# decimals); commit tests/corpus_floors.json afterwards.
# SYEV_SHARED overrides the location of the shared directory.
set -euo pipefail
cli=${1:?usage: corpus_test.sh path/to/syriaevents-timeline [--update] [--errors N]}
shift
here=$(cd "$(dirname "$0")" && pwd)
shared=${SYEV_SHARED:-$here/../../shared}

if [[ ! -f $shared/eval/score.py || ! -d $shared/corpus ]]; then
  echo "SKIPPED: no shared corpus at $shared (set SYEV_SHARED to its location)"
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "SKIPPED: python3 is needed to score the corpus"
  exit 77
fi
exec python3 "$here/corpus_check.py" "$cli" "$shared" "$here/corpus_floors.json" "$@"
