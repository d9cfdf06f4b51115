#!/bin/sh
# mapreduce_test.sh CLI SOURCE_DIR — the map/reduce split gives the same
# timeline as one run: `--output jsonl` on the corpus cut in parts, then
# `--merge` of the parts, must equal `--output json` on the whole corpus
# (merged and --no-merge).  Input: ../shared/corpus/*.jsonl next to the
# source tree when present, else examples/sample-article.txt.
set -eu

cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
    echo "mapreduce_test: FAIL: $*" >&2
    exit 1
}

corpus_dir=$src/../shared/corpus
: > "$work/all.jsonl"
for f in "$corpus_dir"/*.jsonl; do
    case $f in
    *.gold.jsonl) ;; # the same documents with annotations
    *) [ -f "$f" ] && cat "$f" >> "$work/all.jsonl" ;;
    esac
done
if [ -s "$work/all.jsonl" ]; then
    mode=jsonl
    echo "mapreduce_test: corpus $(wc -l < "$work/all.jsonl") documents from $corpus_dir"
else
    # The same article under two names: two documents reporting the same
    # events, so the reduce step has something to merge across documents.
    cp "$src/examples/sample-article.txt" "$work/article-a.txt"
    cp "$src/examples/sample-article.txt" "$work/article-b.txt"
    mode=text
    echo "mapreduce_test: no shared corpus; using examples/sample-article.txt twice"
fi

# Runs from $work so that document ids (file names for text input) agree.
cd "$work"

# Map: the corpus in three parts, each to its own JSONL file.
if [ "$mode" = jsonl ]; then
    total=$(wc -l < all.jsonl)
    per=$(( (total + 2) / 3 ))
    [ "$per" -gt 0 ] || per=1
    split -l "$per" -a 1 all.jsonl part.
    whole=all.jsonl
else
    cp article-a.txt part.a
    cp article-b.txt part.b
    whole="article-a.txt article-b.txt"
fi
n=0
for part in part.?; do
    if [ "$mode" = jsonl ]; then
        "$cli" -q --input jsonl --output jsonl -o "$part.out" "$part" || fail "map of $part"
    else
        name=article-${part#part.}.txt
        "$cli" -q --input text --output jsonl -o "$part.out" "$name" || fail "map of $name"
    fi
    n=$((n + 1))
done
lines=$(cat part.?.out | wc -l)
echo "mapreduce_test: $n parts, $lines document lines"

compare() { # compare NAME EXTRA_FLAG
    name=$1
    shift
    "$cli" -q --merge --output json "$@" -o "reduce.$name.json" part.?.out || fail "reduce ($name)"
    # shellcheck disable=SC2086 # $whole lists file names without spaces
    "$cli" -q --input "$mode" --output json "$@" -o "whole.$name.json" $whole || fail "one run ($name)"
    if ! cmp -s "reduce.$name.json" "whole.$name.json"; then
        if command -v python3 > /dev/null; then
            for f in reduce whole; do
                python3 -m json.tool "$f.$name.json" > "$f.$name.pretty" || true
            done
            diff "reduce.$name.pretty" "whole.$name.pretty" | head -40 >&2 || true
        fi
        fail "--merge of the parts differs from one --output json run ($name)"
    fi
    if command -v python3 > /dev/null; then
        python3 - "whole.$name.json" <<'PY' || fail "output is not the SPEC object ($name)"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
assert out["schema"] == "syriaevents/1"
assert isinstance(out["documents"], list) and out["documents"]
entries = out["timeline"]
mentions = sum(len(e["mentions"]) for e in entries)
assert mentions == sum(d["mentions"] for d in out["documents"])
print(f"mapreduce_test: {len(entries)} entries, {mentions} mentions, "
      f"{len(out['timexes'])} timexes")
PY
    fi
    echo "mapreduce_test: $name: reduce == one run"
}

compare merged
compare unmerged --no-merge
