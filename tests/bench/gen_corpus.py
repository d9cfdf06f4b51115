#!/usr/bin/env python3
"""Builds a benchmark corpus of JSON Lines by deterministic recombination of
French sentences.

Sources, in order of preference: the texts of ../shared/corpus/*.jsonl (gold
files excluded: they repeat the same texts), else examples/sample-article.txt,
else tests/bench/fallback-fr.txt (sentences written for the benchmark).

Every document is {"id", "dct", "text"} with a text of 1-5 KB made of runs of
consecutive source sentences (so that dates and triggers keep their context),
grouped in paragraphs, plus a DCT drawn from 2012-2019.  The same seed, size
and sources always give the same bytes: the PRNG is our own (splitmix64), not
Python's, whose helpers are not guaranteed stable across versions.

The generated file is written outside the repository (it recombines
third-party text and must never be committed).  A sidecar FILE.meta.json
records documents, sentences and byte counts for the benchmark's rates.
"""
import argparse
import datetime
import glob
import json
import os
import re
import sys

MASK64 = (1 << 64) - 1
MIN_DOC_BYTES = 1024
MAX_DOC_BYTES = 5120
MAX_SENTENCE_CHARS = 1500
FIRST_DAY = datetime.date(2012, 1, 1).toordinal()
LAST_DAY = datetime.date(2019, 12, 31).toordinal()
# Sentence ends: . ! ? or an ellipsis, then space, then something that starts
# a sentence (capital, digit, opening quote or dash).
SENTENCE_END = re.compile(r'(?<=[.!?\u2026])\s+(?=[A-Z\u00c0-\u00dd0-9\u00ab"\u201c\u2014-])')


class SplitMix64:
    """Small deterministic PRNG (Steele, Lea and Flood's splitmix64)."""

    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        """Integer in [0, n); the modulo bias is negligible for small n."""
        return self.next() % n

    def unit(self):
        """Float in [0, 1)."""
        return (self.next() >> 11) / float(1 << 53)


def split_sentences(text):
    """Paragraphs (lines) of sentences; short fragments are kept (headlines)."""
    paragraphs = []
    for line in text.split('\n'):
        line = line.strip()
        if line:
            # Over-long "sentences" (tables, lists) would not fit a document.
            paragraphs.append([s for s in SENTENCE_END.split(line)
                               if s.strip() and len(s) <= MAX_SENTENCE_CHARS])
    return paragraphs


def read_sources(repo_root, explicit):
    """Returns (list of source file names, list of paragraphs of sentences)."""
    if explicit:
        files = explicit
    else:
        shared = os.path.join(repo_root, '..', 'shared', 'corpus')
        files = sorted(f for f in glob.glob(os.path.join(shared, '*.jsonl'))
                       if not f.endswith('.gold.jsonl'))
        if not files:
            sample = os.path.join(repo_root, 'examples', 'sample-article.txt')
            fallback = os.path.join(repo_root, 'tests', 'bench', 'fallback-fr.txt')
            files = [sample if os.path.exists(sample) else fallback]
    paragraphs = []
    for path in files:
        with open(path, encoding='utf-8') as f:
            if path.endswith('.jsonl'):
                for line in f:
                    if line.strip():
                        paragraphs.extend(split_sentences(json.loads(line).get('text') or ''))
            else:
                body = '\n'.join(l for l in f.read().split('\n') if not l.startswith('#'))
                paragraphs.extend(split_sentences(body))
    if not paragraphs:
        sys.exit('gen_corpus: no sentences found in ' + ', '.join(files))
    return [os.path.basename(f) for f in files], paragraphs


def draw_doc_size(rng):
    """1-5 KB, skewed towards short articles like a wire feed (median ~2.3 KB)."""
    u = rng.unit()
    return MIN_DOC_BYTES + int((MAX_DOC_BYTES - MIN_DOC_BYTES) * u * u)


def draw_dct(rng):
    day = datetime.date.fromordinal(FIRST_DAY + rng.below(LAST_DAY - FIRST_DAY + 1))
    # One document in ten carries only a month, as some feeds do.
    return day.strftime('%Y-%m') if rng.below(10) == 0 else day.isoformat()


def count_sentences(text):
    """Sentences of a generated text, by the splitter above (the benchmark's
    sentences/s use this count, for the whole corpus and for any prefix)."""
    return sum(len(p) for p in split_sentences(text))


def make_text(rng, paragraphs, target):
    """Appends runs of 1-4 consecutive sentences as paragraphs up to `target`
    bytes (never above MAX_DOC_BYTES).  Returns the text."""
    parts, size = [], 0
    while size < target:
        para = paragraphs[rng.below(len(paragraphs))]
        start = rng.below(len(para))
        run = para[start:start + 1 + rng.below(4)]
        chunk = ' '.join(run)
        chunk_bytes = len(chunk.encode('utf-8')) + 1
        if size + chunk_bytes > MAX_DOC_BYTES:
            if size >= MIN_DOC_BYTES:
                break
            continue
        parts.append(chunk)
        size += chunk_bytes
    return '\n'.join(parts)


def generate(out, size, seed, paragraphs):
    rng = SplitMix64(seed)
    docs = sentences = text_bytes = file_bytes = 0
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        while file_bytes < size:
            text = make_text(rng, paragraphs, draw_doc_size(rng))
            docs += 1
            line = json.dumps({'id': 'b%07d' % docs, 'dct': draw_dct(rng), 'text': text},
                              ensure_ascii=False) + '\n'
            f.write(line)
            sentences += count_sentences(text)
            text_bytes += len(text.encode('utf-8'))
            file_bytes += len(line.encode('utf-8'))
    return {'documents': docs, 'sentences': sentences, 'text_bytes': text_bytes,
            'file_bytes': file_bytes}


def parse_size(s):
    units = {'K': 10**3, 'M': 10**6, 'G': 10**9, 'KI': 2**10, 'MI': 2**20, 'GI': 2**30}
    m = re.fullmatch(r'(\d+(?:\.\d+)?)\s*([KMG]I?)?B?', s.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError('bad size: ' + s)
    return int(float(m.group(1)) * units.get(m.group(2) or '', 1))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--out', required=True, help='JSON Lines file to write')
    ap.add_argument('--size', type=parse_size, default=parse_size('50MB'),
                    help='stop once the file reaches this size (50MB, 1GiB, ...)')
    ap.add_argument('--seed', type=int, default=20161227)
    ap.add_argument('--source', nargs='*', help='sentence sources (.jsonl texts or .txt)')
    ap.add_argument('--repo', default=os.path.normpath(os.path.join(here, '..', '..')))
    args = ap.parse_args()

    names, paragraphs = read_sources(args.repo, args.source)
    meta = generate(args.out, args.size, args.seed, paragraphs)
    meta.update({'seed': args.seed, 'sources': names, 'requested_bytes': args.size,
                 'source_sentences': sum(len(p) for p in paragraphs)})
    with open(args.out + '.meta.json', 'w', encoding='utf-8') as f:
        json.dump(meta, f, indent=1)
        f.write('\n')
    print(json.dumps(meta))


if __name__ == '__main__':
    main()
