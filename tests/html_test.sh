#!/bin/sh
# html_test.sh CLI SOURCE_DIR — the HTML timeline (--output html):
#  1. holds no external URL (nothing to load: no http(s)://, no // src/href,
#     no @import or url()), for a hand-made timeline and for the example
#     article run through the whole pipeline;
#  2. is drawn by a real browser: headless Chromium renders it to a PNG that
#     is not blank and shows the marks (pixels of the lane colours beyond
#     those of the legend, measured against an empty timeline).
# Exit 77 (skipped) only when no Chromium is installed (Debian: chromium).
set -eu

cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
cd "$work"

fail() {
    echo "html_test: FAIL: $*" >&2
    exit 1
}

command -v python3 > /dev/null || fail "python3 is needed to build the fixture and read PNGs"

# A hand-made map-step output: three documents, every event type, a planned
# (hollow) event, an event reported by three documents (a bigger mark).
python3 - > fixture.jsonl <<'PY'
import json

def doc(doc_id, dct, text, events):
    raw = text.encode("utf-8")
    entries = []
    for etype, sentence, trigger, day, fact, place in events:
        s = raw.index(sentence.encode("utf-8"))
        t = raw.index(trigger.encode("utf-8"), s)
        loc = None
        if place:
            loc = {"name": place[0], "text": place[1], "country": "SY",
                   "lat": place[2], "lon": place[3]}
        entries.append({
            "type": etype, "cameo": None,
            "date": {"text": None, "value": day, "mod": None, "begin": day, "end": day,
                     "granularity": "day", "anchor": "explicit"},
            "factuality": fact, "actors": [], "location": loc, "source": None,
            "confidence": 0.7,
            "mentions": [{"doc": doc_id, "sentence": [s, s + len(sentence.encode("utf-8"))],
                          "trigger": [t, t + len(trigger.encode("utf-8"))],
                          "trigger_text": trigger, "text": sentence}]})
    return {"id": doc_id, "dct": {"value": dct, "source": "caller"}, "length": len(raw),
            "mentions": entries, "timexes": []}

ALEP = ("Aleppo", "Alep", 36.2, 37.16)
HOMS = ("Homs", "Homs", 34.73, 36.71)
t1 = ("Les négociations de Genève reprendront le 25 février. "
      "Des combats ont éclaté le 18 février à Alep. "
      "Une trêve doit entrer en vigueur le 27 février.")
t2 = ("La trêve est entrée en vigueur le 27 février. "
      "Des frappes ont visé Homs le 1er mars.")
t3 = ("La trêve du 27 février tient toujours. "
      "Les combats du 18 février à Alep ont fait des dizaines de morts. "
      "Un bombardement a touché Alep le 10 mars.")
docs = [
    doc("h1", "2016-02-20", t1, [
        ("talks", "Les négociations de Genève reprendront le 25 février.", "négociations",
         "2016-02-25", "planned", None),
        ("battle", "Des combats ont éclaté le 18 février à Alep.", "combats",
         "2016-02-18", "asserted", ALEP),
        ("ceasefire", "Une trêve doit entrer en vigueur le 27 février.", "trêve",
         "2016-02-27", "planned", None)]),
    doc("h2", "2016-03-02", t2, [
        ("ceasefire", "La trêve est entrée en vigueur le 27 février.", "trêve",
         "2016-02-27", "asserted", None),
        ("battle", "Des frappes ont visé Homs le 1er mars.", "frappes",
         "2016-03-01", "asserted", HOMS)]),
    doc("h3", "2016-03-12", t3, [
        ("ceasefire", "La trêve du 27 février tient toujours.", "trêve",
         "2016-02-27", "asserted", None),
        ("battle", "Les combats du 18 février à Alep ont fait des dizaines de morts.",
         "combats", "2016-02-18", "asserted", ALEP),
        ("battle", "Un bombardement a touché Alep le 10 mars.", "bombardement",
         "2016-03-10", "asserted", ALEP)]),
]
for d in docs:
    print(json.dumps(d, ensure_ascii=False))
PY
printf '{"id":"vide","dct":null,"mentions":[],"timexes":[]}\n' > empty.jsonl

"$cli" -q --merge --output html -o full.html fixture.jsonl || fail "--merge --output html"
"$cli" -q --merge --output html -o empty.html empty.jsonl || fail "--output html of an empty timeline"
"$cli" -q --input text --output html -o article.html "$src/examples/sample-article.txt" ||
    fail "--output html of examples/sample-article.txt"

# 1. Nothing external.
for page in full.html empty.html article.html; do
    if grep -Eio "(https?|ftp|file|data):|@import|url\(|(src|href|action|xlink:href|srcset)[[:space:]]*=[[:space:]]*[\"']?//|[[:space:]]src[[:space:]]*=" "$page" | head -5 | grep -q .; then
        grep -Eio "(https?|ftp|file|data):|@import|url\(|(src|href|action|xlink:href|srcset)[[:space:]]*=[[:space:]]*[\"']?//|[[:space:]]src[[:space:]]*=" "$page" | head -5 >&2
        fail "$page refers to something outside the page"
    fi
done
echo "html_test: no external URL in the pages"

# The structure: one mark per entry (5 entries after merging), hover text.
marks=$(grep -o 'class="mark"' full.html | wc -l)
[ "$marks" -eq 5 ] || fail "expected 5 marks (merged entries), found $marks"
grep -q '<title>ceasefire' full.html || fail "a mark has no hover text"
grep -q '<mark>trêve</mark>' full.html || fail "evidence does not highlight the trigger"

# 2. A real browser.
browser=
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" > /dev/null; then
        browser=$b
        break
    fi
done
if [ -z "$browser" ]; then
    echo "html_test: SKIP: no Chromium installed (apt-get install chromium)"
    exit 77
fi

shoot() { # shoot PAGE PNG
    profile=$(mktemp -d)
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$profile" --screenshot="$work/$2" \
        --window-size=1200,800 "file://$work/$1" > "$2.log" 2>&1 || true
    rm -rf "$profile"
    [ -s "$2" ] || { cat "$2.log" >&2; fail "$browser wrote no screenshot of $1"; }
}
shoot full.html full.png
shoot empty.html empty.png

python3 - full.png empty.png <<'PY'
import struct, sys, zlib

def read_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, head = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = head
    assert depth == 8 and ctype in (2, 6) and interlace == 0, f"unsupported PNG {head}"
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows

def census(path):
    w, h, bpp, rows = read_png(path)
    colours = {"ceasefire": (0x1b, 0x9e, 0x77), "talks": (0x33, 0x66, 0xcc),
               "battle": (0xd6, 0x27, 0x28)}
    counts = dict.fromkeys(colours, 0)
    ink, seen = 0, set()
    for line in rows:
        for x in range(0, w * bpp, bpp):
            px = tuple(line[x:x + 3])
            if px != (255, 255, 255):
                ink += 1
            if len(seen) < 64:
                seen.add(px)
            for name, c in colours.items():
                if all(abs(px[k] - c[k]) <= 8 for k in range(3)):
                    counts[name] += 1
    return w * h, ink, len(seen), counts

area, ink, distinct, full = census(sys.argv[1])
_, _, _, empty = census(sys.argv[2])
print(f"html_test: {ink}/{area} inked pixels, mark colours {full}, legend only {empty}")
assert ink > area // 50 and distinct > 4, "the screenshot is blank"
# Filled marks (asserted ceasefire, battles) beyond what the legend shows;
# talks are planned only (hollow), so only their outline counts.
for name, least in (("ceasefire", 300), ("battle", 300), ("talks", 40)):
    extra = full[name] - empty[name]
    assert extra >= least, f"{name}: {extra} mark pixels, expected at least {least}"
PY
echo "html_test: Chromium drew the timeline"
