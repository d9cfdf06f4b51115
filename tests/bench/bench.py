#!/usr/bin/env python3
"""Measures the pipeline against the one-regex baseline and the peers, and
writes the report (JSON + Markdown).  Called by run.sh, which builds the
programs, installs the peers and generates the corpus first.

Method (see README.md here):
  * every figure is the median of --runs runs, interleaved (pipeline,
    baseline, pipeline -j 2, ...) after one untimed warm-up run each, so
    that load from other processes hits all commands alike;
  * a run's wall time is taken around fork/exit, its CPU time and peak RSS
    from wait4()'s rusage of that very child;
  * MB = 10^6 bytes of the JSONL input file; MiB = 2^20 for memory.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_RATIO = 0.30       # pipeline throughput / baseline throughput
TARGET_JOBS_SPEEDUP = 1.8  # -j 2 throughput / -j 1 throughput
TARGET_RSS_MIB = 32.0     # peak RSS of --output jsonl on 1 GB


# ------------------------------------------------------------------ runs

RUNSTAT = None  # path of syev-bench-runstat, set by main()


def run_once(cmd, stdout_path=os.devnull):
    """Runs cmd through syev-bench-runstat; returns {wall, cpu, rss_kib, rc,
    stderr} for that command alone (see runstat.c for why not from here)."""
    fd, result = tempfile.mkstemp(prefix='syev-bench-run-', suffix='.json')
    os.close(fd)
    try:
        with open(stdout_path, 'wb') as out, tempfile.TemporaryFile() as err:
            subprocess.run([RUNSTAT, result] + cmd, stdout=out, stderr=err,
                           stdin=subprocess.DEVNULL, check=False)
            err.seek(0)
            tail = err.read()[-2000:].decode('utf-8', 'replace')
        with open(result, encoding='utf-8') as f:
            r = json.load(f)
    finally:
        os.unlink(result)
    r['stderr'] = tail
    return r


def check_ok(name, r):
    if r['rc'] != 0:
        raise RuntimeError('%s exited with %d: %s' % (name, r['rc'], r['stderr'].strip()))


def measure(commands, runs, log):
    """commands: {name: argv}.  Warm-up, then `runs` interleaved rounds.
    Returns {name: {'wall': median, 'cpu': median, 'rss_kib': max, 'runs': [...]}}."""
    samples = {name: [] for name in commands}
    for name, cmd in commands.items():
        check_ok(name, run_once(cmd))
    for i in range(runs):
        for name, cmd in commands.items():
            r = run_once(cmd)
            check_ok(name, r)
            samples[name].append(r)
            log('  run %d/%d %-12s %7.3f s wall, %7.3f s cpu, %6.1f MiB' %
                (i + 1, runs, name, r['wall'], r['cpu'], r['rss_kib'] / 1024))
    return {name: {'wall': statistics.median(r['wall'] for r in rs),
                   'cpu': statistics.median(r['cpu'] for r in rs),
                   'rss_kib': max(r['rss_kib'] for r in rs),
                   'walls': [round(r['wall'], 4) for r in rs]}
            for name, rs in samples.items()}


# ------------------------------------------------------------------ the CLI

def probe_cli(cli):
    """What the CLI accepts, from its --help text."""
    try:
        p = subprocess.run([cli, '--help'], capture_output=True, timeout=30)
        text = (p.stdout + p.stderr).decode('utf-8', 'replace')
    except OSError as e:
        return {'error': str(e)}
    try:
        p = subprocess.run([cli, '--version'], capture_output=True, timeout=30)
        version = re.findall(r'\d+\.\d+\.\d+', p.stdout.decode('utf-8', 'replace'))
    except OSError:
        version = []
    return {'help': text, 'version': version[-1] if version else '?', 'jobs': '-j' in text, 'input_flag': '--input' in text,
            'output_flag': '--output' in text, 'quiet': '--quiet' in text}


def cli_command(cli, probe, path, jobs):
    cmd = [cli]
    if probe.get('input_flag'):
        cmd += ['--input', 'jsonl']
    cmd += ['--output', 'jsonl']
    if probe.get('jobs') and jobs:
        cmd += ['-j', str(jobs)]
    if probe.get('quiet'):
        cmd += ['--quiet']
    return cmd + [path]


def pipeline_output_summary(cli_cmd, tmpdir):
    """Runs the command once, keeping stdout, and counts what it printed:
    tells whether the pipeline is complete (mentions and timexes found)."""
    out = os.path.join(tmpdir, 'probe-output.jsonl')
    r = run_once(cli_cmd, out)
    summary = {'rc': r['rc'], 'stderr': r['stderr'].strip()[-300:], 'lines': 0,
               'probe_seconds': round(r['wall'], 4),
               'mentions': 0, 'timexes': 0, 'json_lines': True}
    with open(out, 'rb') as f:
        for line in f:
            summary['lines'] += 1
            try:
                obj = json.loads(line)
            except ValueError:
                summary['json_lines'] = False
                continue
            if isinstance(obj, dict):
                summary['mentions'] += len(obj.get('mentions') or [])
                summary['timexes'] += len(obj.get('timexes') or [])
    os.unlink(out)
    return summary


# ------------------------------------------------------------------ corpus

def write_slice(src, dst, max_bytes):
    """The first whole lines of src up to max_bytes."""
    n = 0
    with open(src, 'rb') as f, open(dst, 'wb') as out:
        for line in f:
            if n + len(line) > max_bytes:
                break
            out.write(line)
            n += len(line)
    return n


def prefix_meta(path, max_bytes, out):
    """Writes the first whole lines of `path` up to max_bytes into `out` and
    returns their counts, as gen_corpus.py's meta would give them."""
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from gen_corpus import count_sentences
    meta = {'documents': 0, 'sentences': 0, 'text_bytes': 0, 'file_bytes': 0}
    with open(path, 'rb') as f, open(out, 'wb') as o:
        for line in f:
            if meta['file_bytes'] + len(line) > max_bytes:
                break
            o.write(line)
            text = json.loads(line)['text']
            meta['documents'] += 1
            meta['sentences'] += count_sentences(text)
            meta['text_bytes'] += len(text.encode('utf-8'))
            meta['file_bytes'] += len(line)
    return meta


def load_meta(path):
    with open(path + '.meta.json', encoding='utf-8') as f:
        return json.load(f)


def rates(meta, seconds):
    return {'seconds': round(seconds, 4),
            'mb_per_s': round(meta['file_bytes'] / 1e6 / seconds, 2),
            'docs_per_s': round(meta['documents'] / seconds, 1),
            'sentences_per_s': round(meta['sentences'] / seconds, 1)}


# ------------------------------------------------------------------ steps

# Assumed -j 2 speed-up when planning how much of the corpus fits the budget.
PLANNED_JOBS_SPEEDUP = 1.5


def plan_main(args, probe, meta):
    """Bytes of the corpus the main step can afford: all of it unless the
    pipeline is so slow that (runs + 1) passes at -j 1 and -j 2 would exceed
    --budget seconds.  Returns (bytes, projected seconds for the whole file)."""
    tp = probe.get('probe_mb_per_s')
    if not tp:
        return meta['file_bytes'], None
    per_byte = (args.runs + 1) * (1 + 1 / PLANNED_JOBS_SPEEDUP) / (tp * 1e6)
    projected = meta['file_bytes'] * per_byte
    if projected <= args.budget:
        return meta['file_bytes'], projected
    return max(int(args.budget / per_byte), int(args.slice_mb * 1e6)), projected


def step_main(args, probe, meta, log):
    """Pipeline (-j 1) vs baseline, and -j 2 vs -j 1."""
    corpus, budget_note = args.corpus, None
    size, projected = plan_main(args, probe, meta)
    if size < meta['file_bytes']:
        corpus = os.path.join(args.work, 'prefix.jsonl')
        meta = prefix_meta(args.corpus, size, corpus)
        budget_note = ('the pipeline ran at %.2f MB/s on the probe: %d runs on the whole %.0f MB '
                       'would take about %.0f min, so every command was measured on the first '
                       '%.1f MB (budget %d s)' % (probe['probe_mb_per_s'], args.runs,
                                                  args.corpus_bytes / 1e6, projected / 60,
                                                  meta['file_bytes'] / 1e6, args.budget))
        log(budget_note)
    commands = {'baseline': [args.baseline, corpus]}
    if probe.get('usable'):
        commands['pipeline'] = cli_command(args.cli, probe, corpus, 1)
        if probe.get('jobs'):
            commands['pipeline-j2'] = cli_command(args.cli, probe, corpus, 2)
    log('measuring on %s (%.1f MB), %d runs each' %
        (os.path.basename(corpus), meta['file_bytes'] / 1e6, args.runs))
    m = measure(commands, args.runs, log)
    if corpus != args.corpus:
        os.unlink(corpus)
    res = {'commands': {k: ' '.join(v) for k, v in commands.items()},
           'input': {k: meta[k] for k in ('file_bytes', 'documents', 'sentences')},
           'budget_note': budget_note}
    for name, v in m.items():
        res[name] = dict(rates(meta, v['wall']), cpu_seconds=round(v['cpu'], 4),
                         peak_rss_mib=round(v['rss_kib'] / 1024, 1), walls=v['walls'])
    if 'pipeline' in m:
        res['ratio_pipeline_baseline'] = round(m['baseline']['wall'] / m['pipeline']['wall'], 3)
        res['ratio_pipeline_baseline_cpu'] = round(m['baseline']['cpu'] / m['pipeline']['cpu'], 3)
    if 'pipeline-j2' in m:
        res['jobs_speedup'] = round(m['pipeline']['wall'] / m['pipeline-j2']['wall'], 3)
    return res


def run_peer_once(cmd):
    fd, path = tempfile.mkstemp(suffix='.json', prefix='syev-bench-peer-')
    os.close(fd)
    r = run_once(cmd, path)
    with open(path, encoding='utf-8') as f:
        text = f.read().strip()
    os.unlink(path)
    try:
        out = json.loads(text.splitlines()[-1])
    except (ValueError, IndexError):
        out = {'error': 'no output (exit %d): %s' % (r['rc'], r['stderr'].strip()[-300:])}
    out['process_wall_seconds'] = round(r['wall'], 3)
    out['peak_rss_mib'] = round(r['rss_kib'] / 1024, 1)
    return out


def run_peer(cmd, runs, log):
    """Median of `runs` runs of a peer (its parse-loop time for the slice)."""
    results = []
    for _ in range(runs):
        out = run_peer_once(cmd)
        if 'error' in out:
            log('  peer %s: %s' % (cmd[1], out['error']))
            return out
        results.append(out)
        log('  peer %s: %.2f s for the slice' % (out['peer'], out['seconds_full_slice']))
    best = sorted(results, key=lambda o: o['seconds_full_slice'])[len(results) // 2]
    best['runs'] = [round(o['seconds_full_slice'], 3) for o in results]
    return best


def step_peers(args, probe, log):
    """Times expressions only, on a slice: dateparser and chrono-node vs us."""
    slice_path = os.path.join(args.work, 'slice-2MB.jsonl')
    size = write_slice(args.corpus, slice_path, int(args.slice_mb * 1e6))
    res = {'slice_bytes': size, 'runs': args.runs, 'peer_runs': args.peer_runs}
    log('peers on a %.1f MB slice' % (size / 1e6))
    if probe.get('usable'):
        cmd = cli_command(args.cli, probe, slice_path, 1)
        ours = measure({'ours': cmd}, args.runs, log)
        res['ours_seconds'] = round(ours['ours']['wall'], 4)
        res['ours_timexes'] = pipeline_output_summary(cmd, args.work)['timexes']
        res['ours_version'] = probe.get('version', '?')
    peers = {}
    if args.python_peer and os.path.exists(args.python_peer):
        peers['dateparser'] = run_peer(
            [args.python_peer, os.path.join(args.here, 'peers', 'dateparser_bench.py'),
             slice_path, '--budget', str(args.peer_budget)], args.peer_runs, log)
    else:
        peers['dateparser'] = {'error': 'python interpreter for dateparser not found'}
    node = shutil.which('node')
    modules = os.path.join(args.here, '.peers', 'node_modules')
    if node and os.path.isdir(os.path.join(modules, 'chrono-node')):
        peers['chrono-node'] = run_peer(
            [node, os.path.join(args.here, 'peers', 'chrono_bench.js'), slice_path, modules,
             '--budget', str(args.peer_budget)], args.peer_runs, log)
    else:
        peers['chrono-node'] = {'error': 'chrono-node not installed (node or npm missing?)'}
    for name, p in peers.items():
        if 'ours_seconds' in res and p.get('seconds_full_slice'):
            p['our_speedup'] = round(p['seconds_full_slice'] / res['ours_seconds'], 2)
    res['peers'] = peers
    os.unlink(slice_path)
    return res


def plan_rss_1g(args, probe, main, size):
    """The -j values whose runs on `size` bytes fit --rss-budget (all with
    --rss-1g-force), with the projected seconds of each."""
    plan, total = [], 0.0
    for jobs, name in ((1, 'pipeline'), (2, 'pipeline-j2')):
        if str(jobs) not in args.rss_jobs.split(','):
            continue
        if name not in main or (jobs == 2 and not probe.get('jobs')):
            continue
        seconds = size / 1e6 / main[name]['mb_per_s']
        if args.rss_1g_force or total + seconds <= args.rss_budget:
            plan.append((jobs, seconds))
            total += seconds
    return plan


def step_rss_1g(args, probe, main, log):
    """Peak RSS of --output jsonl on a generated 1 GiB file (then deleted)."""
    size = 2**30
    free = shutil.disk_usage(args.work).free
    if free < 2 * size + 2**29:
        return {'skipped': 'only %.1f GiB free in %s' % (free / 2**30, args.work)}
    if not probe.get('usable'):
        return {'skipped': 'the CLI is not usable yet'}
    plan = plan_rss_1g(args, probe, main, size)
    if not plan:
        tp = main['pipeline']['mb_per_s']
        return {'skipped': 'projected %.0f min at %.2f MB/s, over the %d s budget '
                           '(run.sh --rss-1g-force runs it anyway)' %
                           (size / 1e6 / tp / 60, tp, args.rss_budget)}
    big = os.path.join(args.work, 'corpus-1GiB.jsonl')
    try:
        log('generating 1 GiB')
        subprocess.run([sys.executable, os.path.join(args.here, 'gen_corpus.py'), '--out', big,
                        '--size', '1GiB', '--seed', str(args.seed + 1)],
                       check=True, stdout=subprocess.DEVNULL)
        meta = load_meta(big)
        res = {'file_bytes': meta['file_bytes'], 'documents': meta['documents']}
        for jobs, projected in plan:
            log('  1 GiB -j %d (projected %.0f s)' % (jobs, projected))
            r = run_once(cli_command(args.cli, probe, big, jobs))
            check_ok('pipeline on 1 GiB', r)
            res['j%d' % jobs] = dict(rates(meta, r['wall']),
                                     peak_rss_mib=round(r['rss_kib'] / 1024, 1))
            log('  1 GiB -j %d: %.1f s, %.1f MiB peak RSS' %
                (jobs, r['wall'], r['rss_kib'] / 1024))
        res['peak_rss_mib'] = max(v['peak_rss_mib'] for k, v in res.items()
                                  if k.startswith('j'))
        return res
    finally:
        for p in (big, big + '.meta.json'):
            if os.path.exists(p):
                os.unlink(p)


# ------------------------------------------------------------------ report

def machine_info(repo):
    def sh(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, cwd=repo).stdout.strip()
        except OSError:
            return ''
    cpu = ''
    for line in sh(['lscpu']).splitlines():
        if line.startswith('Model name:'):
            cpu = line.split(':', 1)[1].strip()
    return {'cpu': cpu, 'cores': os.cpu_count(), 'kernel': platform.release(),
            'date': datetime.datetime.now().astimezone().isoformat(timespec='seconds'),
            'commit': sh(['git', 'rev-parse', '--short', 'HEAD']),
            # the report this run rewrites does not make the code dirty
            'dirty': bool(sh(['git', 'status', '--porcelain', '--untracked-files=no', '--', '.',
                              ':(exclude)tests/bench/RESULTS.md'])),
            'loadavg_start': os.getloadavg()}


def verdicts(report):
    main = report.get('main', {})
    rss = report.get('rss_1g', {})
    return {
        'pipeline_baseline_ratio': (main.get('ratio_pipeline_baseline'), TARGET_RATIO),
        'jobs_2_speedup': (main.get('jobs_speedup'), TARGET_JOBS_SPEEDUP),
        'rss_1g_mib': (rss.get('peak_rss_mib'), TARGET_RSS_MIB),
    }


def fmt(v, unit=''):
    return '—' if v is None else ('%s%s' % (v, unit))


def markdown(report):
    m, c, main = report['machine'], report['corpus'], report.get('main', {})
    lines = ['# Benchmark results', '',
             'Last run: %s, commit `%s`%s, CPU: %s (%d cores), load average at start %s.' %
             (m['date'], m['commit'], ' (+ local changes)' if m['dirty'] else '', m['cpu'],
              m['cores'], ', '.join('%.2f' % x for x in m['loadavg_start'])),
             'Command: `bash tests/bench/run.sh` (method: tests/bench/README.md).', '',
             'Corpus: %.1f MB of JSON Lines, %d documents, %d sentences (seed %d; sentences '
             'recombined from %s).' % (c['file_bytes'] / 1e6, c['documents'], c['sentences'],
                                       c['seed'], ', '.join(c['sources'])), '']
    pipe = report.get('pipeline_probe', {})
    if not pipe.get('usable'):
        lines += ['**The pipeline could not be measured:** %s' % pipe.get('reason', '?'), '']
    elif not pipe.get('complete'):
        lines += ['Note: the pipeline printed %d mentions and %d timexes on a probe slice '
                  '(stages still being written).' % (pipe.get('mentions', 0),
                                                      pipe.get('timexes', 0)), '']
    if main.get('budget_note'):
        lines += ['**Shortened run:** %s.' % main['budget_note'], '']
    busy = max(m['loadavg_start'][0], m.get('loadavg_end', [0])[0])
    if busy > 1.5:
        lines += ['**Busy machine:** load average %.1f at start, %.1f at end on %d cores: wall '
                  'times are pessimistic and `-j 2` cannot get two free cores; the CPU-time '
                  'figures are the robust ones.' % (m['loadavg_start'][0],
                                                    m.get('loadavg_end', [0])[0], m['cores']), '']
    lines += ['| run (median of %d) | MB/s | docs/s | sentences/s | wall s | CPU s | '
              'MB/s on CPU time | peak RSS MiB |' % report['runs'],
              '|---|---:|---:|---:|---:|---:|---:|---:|']
    for name in ('baseline', 'pipeline', 'pipeline-j2'):
        if name in main:
            r = main[name]
            lines.append('| %s | %s | %s | %s | %s | %s | %s | %s |' % (
                name, r['mb_per_s'], r['docs_per_s'], r['sentences_per_s'], r['seconds'],
                r['cpu_seconds'], round(main['input']['file_bytes'] / 1e6 / r['cpu_seconds'], 2),
                r['peak_rss_mib']))
    lines += ['', '| target | measured | wanted | met |', '|---|---:|---:|:---:|']
    labels = {'pipeline_baseline_ratio': 'pipeline / baseline throughput',
              'jobs_2_speedup': '`-j 2` / `-j 1` throughput',
              'rss_1g_mib': 'peak RSS, `--output jsonl` on 1 GiB (MiB)'}
    for key, (value, want) in verdicts(report).items():
        ok = None if value is None else (value < want if key == 'rss_1g_mib' else value >= want)
        lines.append('| %s | %s | %s %s | %s |' % (
            labels[key], fmt(value), '<' if key == 'rss_1g_mib' else '≥', want,
            {None: '—', True: 'yes', False: '**no**'}[ok]))
    if 'ratio_pipeline_baseline_cpu' in main:
        lines.append('')
        lines.append('On CPU time instead of wall time, pipeline / baseline = %s.' %
                     main['ratio_pipeline_baseline_cpu'])
    rss = report.get('rss_1g', {})
    if 'skipped' in rss:
        lines += ['', '1 GiB RSS step skipped: %s. Peak RSS of the runs above: %s MiB.' %
                  (rss['skipped'], ', '.join('%s %s' % (k, main[k]['peak_rss_mib'])
                                             for k in ('pipeline', 'pipeline-j2') if k in main))]
    elif rss:
        lines += ['', '1 GiB (%d documents): %s.' % (rss['documents'], '; '.join(
            '`-j %s` %s MiB peak RSS, %s MB/s' % (k[1:], v['peak_rss_mib'], v['mb_per_s'])
            for k, v in rss.items() if k.startswith('j')))]
    lines += peers_markdown(report.get('peers'))
    return '\n'.join(lines) + '\n'


def peers_markdown(peers):
    if not peers:
        return []
    lines = ['', 'Peers, time expressions only, on a %.1f MB slice (ours: the whole pipeline, '
             '`-j 1`, process wall time, median of %d; peers: their parse loop only, no start-up, '
             'median of %d):' %
             (peers['slice_bytes'] / 1e6, peers['runs'], peers['peer_runs']), '',
             '| tool | version | seconds | dates found | our speed-up |', '|---|---|---:|---:|---:|',
             '| libsyriaevents (CLI) | %s | %s | %s | 1× |' % (
                 peers.get('ours_version', '?'), fmt(peers.get('ours_seconds')),
                 fmt(peers.get('ours_timexes')))]
    for name, p in peers['peers'].items():
        if 'error' in p:
            lines.append('| %s | not run: %s | | | |' % (name, p['error']))
            continue
        lines.append('| %s | %s | %.2f%s | %d | %s× |' % (
            name, p['version'], p['seconds_full_slice'],
            ' (extrapolated)' if p['extrapolated'] else '', p['found'],
            fmt(p.get('our_speedup'))))
    lines += ['', 'We do more than the peers on the same bytes: sentences, every TIMEX normalized '
              'to TimeML with intervals, event mentions, factuality, actors, places and JSON '
              'output.']
    return lines


# ------------------------------------------------------------------ main

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description='libsyriaevents benchmark (issue 5)')
    ap.add_argument('--cli', required=True)
    ap.add_argument('--baseline', required=True)
    ap.add_argument('--runstat', required=True, help='the syev-bench-runstat launcher')
    ap.add_argument('--corpus', required=True, help='JSONL made by gen_corpus.py')
    ap.add_argument('--work', required=True, help='scratch directory (slice, 1 GiB file)')
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--seed', type=int, default=20161227)
    ap.add_argument('--slice-mb', type=float, default=2.0)
    ap.add_argument('--peer-budget', type=float, default=150.0)
    ap.add_argument('--peer-runs', type=int, default=3)
    ap.add_argument('--budget', type=float, default=200.0,
                    help='seconds the main step may take; a slow pipeline is measured on a '
                         'prefix of the corpus')
    ap.add_argument('--rss-budget', type=float, default=300.0,
                    help='skip the 1 GiB step when it is projected to take longer')
    ap.add_argument('--rss-1g-force', action='store_true', help='run it whatever it takes')
    ap.add_argument('--rss-jobs', default='1,2', help='-j values of the 1 GiB runs: 1, 2 or 1,2')
    ap.add_argument('--python-peer', default='/usr/bin/python3')
    ap.add_argument('--no-peers', action='store_true')
    ap.add_argument('--rss-1g', action='store_true')
    ap.add_argument('--json', default=os.path.join(here, 'results.json'))
    ap.add_argument('--markdown', default=os.path.join(here, 'RESULTS.md'))
    args = ap.parse_args()
    args.here = here
    global RUNSTAT
    RUNSTAT = args.runstat

    def log(msg):
        print('bench: ' + msg, file=sys.stderr, flush=True)

    os.makedirs(args.work, exist_ok=True)
    meta = load_meta(args.corpus)
    args.corpus_bytes = meta['file_bytes']
    report = {'schema': 'syriaevents-bench/1', 'runs': args.runs,
              'machine': machine_info(os.path.normpath(os.path.join(here, '..', '..'))),
              'corpus': meta}
    probe = probe_cli(args.cli)
    slice_path = os.path.join(args.work, 'probe.jsonl')
    probe_bytes = write_slice(args.corpus, slice_path, 500000)
    summary = pipeline_output_summary(cli_command(args.cli, probe, slice_path, 1), args.work)
    os.unlink(slice_path)
    probe.update(summary)
    probe['usable'] = summary['rc'] == 0 and summary['lines'] > 0
    probe['complete'] = summary['mentions'] > 0 and summary['timexes'] > 0
    if probe['usable']:
        probe['probe_mb_per_s'] = round(probe_bytes / 1e6 / summary['probe_seconds'], 3)
    if not probe['usable']:
        probe['reason'] = 'exit %d, %d output lines: %s' % (summary['rc'], summary['lines'],
                                                           summary['stderr'])
    probe.pop('help', None)
    report['pipeline_probe'] = probe
    log('CLI probe: %s' % json.dumps(probe))

    report['main'] = step_main(args, probe, meta, log)
    if not args.no_peers:
        report['peers'] = step_peers(args, probe, log)
    if args.rss_1g:
        report['rss_1g'] = step_rss_1g(args, probe, report['main'], log)
    report['machine']['loadavg_end'] = os.getloadavg()
    report['verdicts'] = {k: {'value': v, 'target': t} for k, (v, t) in verdicts(report).items()}

    with open(args.json, 'w', encoding='utf-8') as f:
        json.dump(report, f, indent=1)
        f.write('\n')
    md = markdown(report)
    with open(args.markdown, 'w', encoding='utf-8') as f:
        f.write(md)
    print(md)
    return 0


if __name__ == '__main__':
    sys.exit(main())
