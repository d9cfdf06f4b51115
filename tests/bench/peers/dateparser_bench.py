#!/usr/bin/env python3
"""Times Python dateparser's search_dates (French) over a JSON Lines slice.

Usage: dateparser_bench.py SLICE.jsonl [--budget SECONDS]
Prints one JSON line.  Only the loop over documents is timed (imports and
file reading are not).  When the budget runs out before the end of the slice
the rest is extrapolated from the bytes done, and "extrapolated" says so.
"""
import argparse
import datetime
import json
import sys
import time


def dct_datetime(dct):
    """The document's DCT as a datetime (a month-only DCT: its first day)."""
    if not dct:
        return None
    parts = [int(x) for x in dct.split('-')] + [1, 1]
    return datetime.datetime(parts[0], parts[1], parts[2])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('slice')
    ap.add_argument('--budget', type=float, default=150.0)
    args = ap.parse_args()
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError as e:
        print(json.dumps({'peer': 'dateparser', 'error': str(e)}))
        return 1
    with open(args.slice, encoding='utf-8') as f:
        docs = [json.loads(line) for line in f if line.strip()]
    total_bytes = sum(len(d['text'].encode('utf-8')) for d in docs)

    done_docs = done_bytes = found = 0
    t0 = time.perf_counter()
    for d in docs:
        settings = {}
        base = dct_datetime(d.get('dct'))
        if base:
            settings['RELATIVE_BASE'] = base
        hits = search_dates(d['text'], languages=['fr'], settings=settings)
        found += len(hits or [])
        done_docs += 1
        done_bytes += len(d['text'].encode('utf-8'))
        if time.perf_counter() - t0 > args.budget:
            break
    seconds = time.perf_counter() - t0
    full = seconds * total_bytes / done_bytes if done_bytes else None
    print(json.dumps({'peer': 'dateparser', 'version': dateparser.__version__,
                      'docs': done_docs, 'docs_total': len(docs), 'text_bytes': done_bytes,
                      'text_bytes_total': total_bytes, 'found': found, 'seconds': seconds,
                      'seconds_full_slice': full, 'extrapolated': done_docs < len(docs)}))
    return 0


if __name__ == '__main__':
    sys.exit(main())
