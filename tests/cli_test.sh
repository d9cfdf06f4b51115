#!/usr/bin/env bash
# CLI behaviour: exit statuses, error reports, stdin, atomic -o, odd input
# files (BOM, CRLF, no final newline), -j ordering and the map/reduce split.
#
#   tests/cli_test.sh path/to/syriaevents-timeline
#
# The documents are French sentences written for this test.  JSON is checked
# with python3 (skipped, exit 77, when it is missing).
set -u
cli=${1:?usage: cli_test.sh path/to/syriaevents-timeline}
[[ -x $cli ]] || { echo "no CLI program at $cli"; exit 1; }
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
checks=0

check() { # check <description> <command...>: the command must succeed
  local what=$1
  shift
  checks=$((checks + 1))
  if "$@"; then
    echo "ok   $what"
  else
    echo "FAIL $what"
    failures=$((failures + 1))
  fi
}

# run <args...>: runs the CLI, keeps stdout/stderr/status in $tmp/{out,err}, $rc
run() {
  "$cli" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
}

# json_ids <file> <mode>: prints the document ids of a json object or jsonl lines
json_ids() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
path, mode = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    if mode == "jsonl":
        ids = [json.loads(l)["id"] for l in f if l.strip()]
    else:
        ids = [d["id"] for d in json.load(f)["documents"]]
print(" ".join(ids))
EOF
}

# same_timeline <a.json> <b.json>: same entries (ids, types, dates, mentions)
same_timeline() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
def key(path):
    t = json.load(open(path, encoding="utf-8"))
    return ([(e["id"], e["type"], e["date"].get("value"),
              sorted((m["doc"], tuple(m["trigger"])) for m in e["mentions"])) for e in t["timeline"]],
            sorted((x["doc"], tuple(x["span"]), x["value"]) for x in t["timexes"]))
sys.exit(0 if key(sys.argv[1]) == key(sys.argv[2]) else 1)
EOF
}

doc() { # doc <id> <dct> <text>: one JSONL line
  python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[1], "dct": sys.argv[2], "text": sys.argv[3]}, ensure_ascii=False))' "$@"
}

doc a 2017-03-14 "Des combats ont opposé mardi l'armée aux rebelles près d'Alep." >"$tmp/three.jsonl"
echo '{"id": "b", "text": "ce document est coupé' >>"$tmp/three.jsonl"
doc c 2017-03-14 "Les pourparlers doivent reprendre jeudi à Genève." >>"$tmp/three.jsonl"

# ------------------------------------------------------------ usage
run --no-such-option
check "unknown option exits 2" test "$rc" -eq 2
check "unknown option is explained" grep -q "unknown option" "$tmp/err"
run --output xml
check "bad --output exits 2" test "$rc" -eq 2
run -j many
check "bad -j exits 2" test "$rc" -eq 2
run --dct 2017-13-45 "$tmp/three.jsonl"
check "bad --dct exits 2" test "$rc" -eq 2
run --merge --output jsonl "$tmp/three.jsonl"
check "--merge with --output jsonl exits 2" test "$rc" -eq 2
run --input
check "missing option value exits 2" test "$rc" -eq 2
run --input jsonl --dct 2017-03-14 "$tmp/three.jsonl"
check "--dct with --input jsonl exits 2" test "$rc" -eq 2

run --help
check "--help exits 0" test "$rc" -eq 0
check "--help prints the usage" grep -q "^usage: syriaevents-timeline" "$tmp/out"
run --version
check "--version exits 0" test "$rc" -eq 0
check "--version prints program and library versions" \
  grep -Eq '^syriaevents-timeline [0-9]+\.[0-9]+\.[0-9]+ \(libsyriaevents [0-9]+\.[0-9]+\.[0-9]+\)$' "$tmp/out"

# ------------------------------------------------------------ bad line in the middle
run --output jsonl "$tmp/three.jsonl"
check "a bad line makes the exit status 1" test "$rc" -eq 1
check "the bad line is reported as FILE:LINE: reason" grep -q "three.jsonl:2: invalid JSON" "$tmp/err"
check "only the bad line is reported" test "$(wc -l <"$tmp/err")" -eq 1
check "the other documents are written, in order" test "$(json_ids "$tmp/out" jsonl)" = "a c"

run --output json "$tmp/three.jsonl"
check "json output: exit 1 with a bad line" test "$rc" -eq 1
check "json output holds the good documents" test "$(json_ids "$tmp/out" json)" = "a c"

printf '{"id": "x", "text": "Hier."}\n{"id": "y", "dct": "2017-02-30", "text": "Hier."}\n{"id": "z"}\n' \
  >"$tmp/bad-fields.jsonl"
run --output jsonl "$tmp/bad-fields.jsonl"
check "a bad dct is reported with its line" grep -q "bad-fields.jsonl:2: bad \"dct\"" "$tmp/err"
check "a missing text is reported with its line" grep -q "bad-fields.jsonl:3: no \"text\"" "$tmp/err"
check "a line with bad fields still leaves the others" test "$(json_ids "$tmp/out" jsonl)" = "x"

printf '{"id": "u", "text": "Tr\xc3\xaave \xff rompue."}\n' >"$tmp/utf8.jsonl"
run --output jsonl "$tmp/utf8.jsonl"
check "invalid UTF-8 is reported with its line" grep -q "utf8.jsonl:1: .*UTF-8" "$tmp/err"
check "invalid UTF-8 exits 1" test "$rc" -eq 1
printf '{"id": "\xed\xa0\x80", "text": "Hier."}\n{"id": "ok", "text": "Hier."}\n' >"$tmp/utf8-id.jsonl"
run --output jsonl "$tmp/utf8-id.jsonl"
check "invalid UTF-8 in an id (a surrogate) is refused" grep -q "utf8-id.jsonl:1: .*UTF-8" "$tmp/err"
check "the line after it is still written" test "$(json_ids "$tmp/out" jsonl)" = "ok"

# Member names and ids of every length around sixteen bytes (a short plain
# string is read in one step), with an escape, an accent or a control
# escape at or after the sixteenth byte: each id read back as Python reads it.
python3 - "$tmp/ids.jsonl" <<'EOF'
import json, sys
ids = []
for n in range(12, 20):
    ids += ["i" * n, "j" * n + '"q', "k" * n + "\u00e9", "l" * (n - 1) + "\\", "m" * n + "\t"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in ids:
        f.write(json.dumps({"id": i, "text": "Hier."}, ensure_ascii=(i[0] == "m")) + "\n")
EOF
run --output jsonl "$tmp/ids.jsonl"
check "ids around sixteen bytes are read whole" python3 - "$tmp/ids.jsonl" "$tmp/out" <<'EOF'
import json, sys
want = [json.loads(l)["id"] for l in open(sys.argv[1], encoding="utf-8")]
got = [json.loads(l)["id"] for l in open(sys.argv[2], encoding="utf-8")]
sys.exit(0 if want == got and len(want) == 40 else 1)
EOF

run "$tmp/no-such-file.jsonl"
check "a missing input exits 1" test "$rc" -eq 1
check "a missing input is named" grep -q "no-such-file.jsonl" "$tmp/err"

# ------------------------------------------------------------ stdin
printf "MOSCOU, 16 février 2016 (AFP) - La trêve est entrée en vigueur samedi.\n" |
  "$cli" --output json >"$tmp/out" 2>"$tmp/err"
rc=$?
check "stdin text input exits 0" test "$rc" -eq 0
check "stdin text document is called stdin" test "$(json_ids "$tmp/out" json)" = "stdin"
"$cli" --input jsonl --output jsonl - <"$tmp/three.jsonl" >"$tmp/out" 2>"$tmp/err"
check "'-' reads JSONL from stdin" test "$(json_ids "$tmp/out" jsonl)" = "a c"
check "stdin errors are named <stdin>:LINE" grep -q "^<stdin>:2:" "$tmp/err"

printf "La trêve a été rompue hier." >"$tmp/article.txt"
run --dct 2016-12-27 --output json "$tmp/article.txt"
check "a text file is one document named after the file" \
  test "$(json_ids "$tmp/out" json)" = "$tmp/article.txt"
check "--dct is the document's DCT" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]["dct"]
sys.exit(0 if d["value"] == "2016-12-27" and d["source"] == "caller" else 1)' "$tmp/out"

# ------------------------------------------------------------ BOM, CRLF, no final newline
{
  printf '\xef\xbb\xbf'
  doc p 2016-05-03 "Les combats se poursuivent." | tr -d '\n'
  printf '\r\n'
  doc q 2016-05-03 "Une trêve est annoncée." | tr -d '\n'
  printf '\r\n\r\n'
  doc r 2016-05-03 "Les négociations reprennent." | tr -d '\n'
} >"$tmp/odd.jsonl"
run --output jsonl "$tmp/odd.jsonl"
check "BOM + CRLF + no final newline: exit 0" test "$rc" -eq 0
check "BOM + CRLF + no final newline: every document" test "$(json_ids "$tmp/out" jsonl)" = "p q r"

# ------------------------------------------------------------ -o atomic
run --output json -o "$tmp/timeline.json" "$tmp/odd.jsonl"
check "-o writes the file" test "$(json_ids "$tmp/timeline.json" json)" = "p q r"
check "-o prints nothing on stdout" test ! -s "$tmp/out"
check "-o leaves no temporary file" test -z "$(ls "$tmp" | grep 'timeline.json.')"
cp "$tmp/timeline.json" "$tmp/before.json"
run --lexicon "$tmp/no-such-lexicon.json" -o "$tmp/timeline.json" "$tmp/three.jsonl"
check "a failed run exits 1" test "$rc" -eq 1
check "a failed run leaves the old file untouched" cmp -s "$tmp/timeline.json" "$tmp/before.json"
run -o "$tmp/no-such-dir/timeline.json" "$tmp/odd.jsonl"
check "an unwritable -o exits 1" test "$rc" -eq 1
check "an unwritable -o creates nothing" test ! -e "$tmp/no-such-dir"

# An interrupted run: stdin stays open, the CLI is killed mid-way.
cp "$tmp/timeline.json" "$tmp/before.json"
mkfifo "$tmp/fifo"
"$cli" --input jsonl -o "$tmp/timeline.json" <"$tmp/fifo" 2>/dev/null &
pid=$!
exec 9>"$tmp/fifo"
doc k 2016-05-03 "Les combats ont repris." >&9
sleep 0.5
kill -TERM "$pid"
wait "$pid" 2>/dev/null
exec 9>&-
check "an interrupted run leaves the old file untouched" cmp -s "$tmp/timeline.json" "$tmp/before.json"
check "an interrupted run removes its temporary file" test -z "$(ls "$tmp" | grep 'timeline.json.')"

# ------------------------------------------------------------ the same input twice
# (overlapping exports are common): it must still give one valid timeline.
sample=$(dirname "$0")/../examples/sample-article.txt
run --output json "$tmp/odd.jsonl" "$sample" "$tmp/odd.jsonl" "$sample"
check "the same documents twice: exit 0" test "$rc" -eq 0
check "the same documents twice: all are listed" \
  test "$(json_ids "$tmp/out" json)" = "p q r $sample p q r $sample"

# ------------------------------------------------------------ threads and map/reduce
for i in $(seq 1 40); do
  doc "d$i" 2017-03-14 "Des frappes ont visé mardi la ville de Raqqa ($i). La trêve doit entrer en vigueur jeudi."
done >"$tmp/forty.jsonl"
"$cli" --output jsonl -j 1 "$tmp/forty.jsonl" >"$tmp/j1" 2>/dev/null
"$cli" --output jsonl -j 3 "$tmp/forty.jsonl" >"$tmp/j3" 2>/dev/null
check "-j 3 gives the same lines in the same order as -j 1" cmp -s "$tmp/j1" "$tmp/j3"
check "-j 1 wrote every document" test "$(wc -l <"$tmp/j1")" -eq 40

"$cli" --output json "$tmp/forty.jsonl" "$tmp/odd.jsonl" >"$tmp/whole.json" 2>/dev/null
"$cli" --output jsonl "$tmp/forty.jsonl" >"$tmp/part1.jsonl" 2>/dev/null
"$cli" --output jsonl "$tmp/odd.jsonl" >"$tmp/part2.jsonl" 2>/dev/null
run --merge "$tmp/part1.jsonl" "$tmp/part2.jsonl"
check "--merge exits 0" test "$rc" -eq 0
check "map (jsonl) then reduce (--merge) equals one json run" same_timeline "$tmp/out" "$tmp/whole.json"

echo "$((checks - failures))/$checks checks passed"
((failures == 0))
