#!/usr/bin/env python3
"""bench_smoke: checks the benchmark's machinery, never its timings.

  * gen_corpus.py is deterministic (same seed -> same bytes, other seed ->
    other bytes) and writes documents of 1-5 KB with an id and a DCT;
  * the baseline program counts what a hand check of a small file says, and
    sees every line of a generated corpus.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACK = os.path.join(HERE, 'fallback-fr.txt')
failures = []
passed = []


def check(cond, what):
    print('%s: %s' % ('ok' if cond else 'FAILED', what))
    (passed if cond else failures).append(what)


def generate(path, seed, size='60KB'):
    subprocess.run([sys.executable, os.path.join(HERE, 'gen_corpus.py'), '--out', path,
                    '--size', size, '--seed', str(seed), '--source', FALLBACK],
                   check=True, stdout=subprocess.DEVNULL)
    with open(path, 'rb') as f:
        data = f.read()
    with open(path + '.meta.json', encoding='utf-8') as f:
        return data, json.load(f)


def check_generator(work):
    a, meta = generate(os.path.join(work, 'a.jsonl'), 7)
    b, _ = generate(os.path.join(work, 'b.jsonl'), 7)
    c, _ = generate(os.path.join(work, 'c.jsonl'), 8)
    check(a == b, 'same seed gives the same bytes')
    check(a != c, 'another seed gives other bytes')
    check(len(a) >= 60000 and meta['file_bytes'] == len(a), 'size reached and recorded')
    docs = [json.loads(line) for line in a.decode('utf-8').splitlines()]
    check(len(docs) == meta['documents'], 'document count recorded')
    sizes = [len(d['text'].encode('utf-8')) for d in docs]
    check(min(sizes) >= 1024 and max(sizes) <= 5120, 'every text is 1-5 KB')
    check(all(re.fullmatch(r'\d{4}-\d{2}(-\d{2})?', d['dct']) for d in docs), 'every dct is ISO')
    check(len({d['id'] for d in docs}) == len(docs), 'ids are unique')
    return os.path.join(work, 'a.jsonl'), meta


def run_baseline(baseline, path):
    p = subprocess.run([baseline, path], capture_output=True, check=True, text=True)
    return json.loads(p.stdout)


def check_baseline(baseline, work, corpus, meta):
    hand = os.path.join(work, 'hand.jsonl')
    with open(hand, 'w', encoding='utf-8') as f:
        # 3 hits: "Cessez-le-feu" (caseless), "mardi", "février"; "Marsa" and
        # "combattants" are not whole words of the list.
        f.write(json.dumps({'id': '1', 'text': 'Cessez-le-feu de mardi jusqu\'en février '
                            'à Marsa ; des combattants.'}, ensure_ascii=False) + '\n')
        # 2 hits, one on each side of an escaped newline: "trêve", "négociations".
        f.write(json.dumps({'id': '2', 'dct': None, 'text': 'La trêve.\nLes négociations.'},
                           ensure_ascii=False) + '\n')
        f.write('{"id": "3"}\n')  # no text: counted as a line, nothing scanned
    counts = run_baseline(baseline, hand)
    check(counts == {'lines': 3, 'text_bytes': 98, 'matches': 5},
          'baseline counts on the hand-made file: %s' % counts)
    counts = run_baseline(baseline, corpus)
    check(counts['lines'] == meta['documents'], 'baseline reads every generated line')
    check(counts['text_bytes'] >= meta['text_bytes'], 'baseline scans every text byte')
    check(counts['matches'] > 0, 'baseline finds words in the generated corpus')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--baseline', required=True)
    ap.add_argument('--work', required=True)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    corpus, meta = check_generator(args.work)
    check_baseline(args.baseline, args.work, corpus, meta)
    print('%d passed, %d failed' % (len(passed), len(failures)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
