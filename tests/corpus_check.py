#!/usr/bin/env python3
"""Scores the CLI on the shared corpora and checks the figures against floors.

    corpus_check.py CLI SHARED FLOORS [--update] [--errors N]

CLI     the syriaevents-timeline program
SHARED  the shared directory (corpus/, eval/score.py, eval/peer-suites/)
FLOORS  tests/corpus_floors.json: {"<set>": {"<figure>": floor, ...}, ...}

For each corpus set (seeds, dev, dev2) the CLI runs as
`--input jsonl --output json` and eval/score.py --json scores it; for the peer
suite, make_docs.py writes the documents into a temporary directory and
score_cases.py --json scores the run (groups "all" and "without spec_conflict").
A figure below its floor fails the check.  --update raises every floor to the
figure reached, rounded down to 2 decimals (floors never go down).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

CORPORA = ("seeds", "dev", "dev2")
PEER_GROUPS = {"peer": "all", "peer_no_conflict": "without spec_conflict"}
PEER_FIGURES = ("found", "exact", "overlap")


def last_json(stdout):
    """The scorers print JSON, then a one-line summary: drop that line."""
    lines = stdout.rstrip("\n").split("\n")
    return json.loads("\n".join(lines[:-1]))


def run_cli(cli, src, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        proc = subprocess.run([cli, "--input", "jsonl", "--output", "json", "--quiet", src],
                              stdout=out, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"the CLI failed (exit {proc.returncode}) on {src}")


def score_corpus(cli, shared, name, tmp, n_errors):
    corpus = os.path.join(shared, "corpus")
    out = os.path.join(tmp, name + ".json")
    run_cli(cli, os.path.join(corpus, name + ".jsonl"), out)
    cmd = [sys.executable, os.path.join(shared, "eval", "score.py"),
           os.path.join(corpus, name + ".gold.jsonl"), out, "--json"]
    if n_errors:
        subprocess.run(cmd[:-1] + ["--errors", str(n_errors)], check=False)
    res = last_json(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return {k: v for k, v in res.items() if isinstance(v, float)}


def score_peer(cli, shared, tmp):
    peer = os.path.join(shared, "eval", "peer-suites")
    docs = os.path.join(tmp, "peer-docs.jsonl")
    subprocess.run([sys.executable, os.path.join(peer, "make_docs.py"), "--out", docs],
                   check=True, capture_output=True)
    out = os.path.join(tmp, "peer.json")
    run_cli(cli, docs, out)
    res = last_json(subprocess.run([sys.executable, os.path.join(peer, "score_cases.py"), out,
                                    "--docs", docs, "--json"],
                                   check=True, capture_output=True, text=True).stdout)
    return {key: {f: res["groups"][group][f] for f in PEER_FIGURES}
            for key, group in PEER_GROUPS.items()}


def floor2(v):
    return math.floor(v * 100 + 1e-9) / 100


def compare(figures, floors):
    """Prints one row per figure; returns the list of figures under their floor."""
    below = []
    print(f"{'set':<18} {'figure':<16} {'value':>7} {'floor':>7}")
    for s, figs in figures.items():
        for f, v in figs.items():
            fl = floors.get(s, {}).get(f)
            mark = ""
            if fl is not None and v < fl - 1e-9:
                mark = "  BELOW FLOOR"
                below.append(f"{s}.{f} = {v:.3f} < {fl:.2f}")
            print(f"{s:<18} {f:<16} {v:7.3f} {'' if fl is None else format(fl, '.2f'):>7}{mark}")
    return below


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cli")
    ap.add_argument("shared")
    ap.add_argument("floors")
    ap.add_argument("--update", action="store_true", help="raise the floors to the figures reached")
    ap.add_argument("--errors", type=int, default=0, help="list N misses per corpus")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        figures = {c: score_corpus(a.cli, a.shared, c, tmp, a.errors) for c in CORPORA}
        figures.update(score_peer(a.cli, a.shared, tmp))
    floors = {}
    if os.path.exists(a.floors):
        with open(a.floors, encoding="utf-8") as f:
            floors = json.load(f)
    below = compare(figures, floors)
    if a.update:
        for s, figs in figures.items():
            for k, v in figs.items():
                floors.setdefault(s, {})[k] = max(floors.get(s, {}).get(k, 0.0), floor2(v))
        with open(a.floors, "w", encoding="utf-8") as f:
            json.dump(floors, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"floors written to {a.floors}")
    if below:
        print("figures below their floor:\n  " + "\n  ".join(below))
        return 1
    print("every figure is at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
