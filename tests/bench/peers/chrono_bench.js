#!/usr/bin/env node
// Times chrono-node's French parser (chrono.fr.parse) over a JSON Lines slice.
//
// Usage: node chrono_bench.js SLICE.jsonl MODULE_DIR [--budget SECONDS]
// MODULE_DIR is the node_modules folder where setup_peers.sh installed it.
// Prints one JSON line; only the loop over documents is timed.  When the
// budget runs out the rest is extrapolated from the bytes done.
'use strict';
const fs = require('fs');
const path = require('path');

function dctDate(dct) {
    if (!dct) return new Date();
    const p = dct.split('-').map(Number);
    return new Date(Date.UTC(p[0], (p[1] || 1) - 1, p[2] || 1, 12));
}

function main() {
    const [slice, moduleDir] = process.argv.slice(2, 4);
    const bi = process.argv.indexOf('--budget');
    const budget = bi > 0 ? Number(process.argv[bi + 1]) : 150;
    let chrono, version;
    try {
        chrono = require(path.resolve(moduleDir, 'chrono-node'));
        version = require(path.resolve(moduleDir, 'chrono-node', 'package.json')).version;
    } catch (e) {
        console.log(JSON.stringify({peer: 'chrono-node', error: String(e.message || e)}));
        return 1;
    }
    const docs = fs.readFileSync(slice, 'utf8').split('\n').filter((l) => l.trim())
        .map((l) => JSON.parse(l));
    const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

    let doneDocs = 0, doneBytes = 0, found = 0;
    const t0 = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - t0) / 1e9;
    for (const d of docs) {
        found += chrono.fr.parse(d.text, dctDate(d.dct)).length;
        doneDocs++;
        doneBytes += Buffer.byteLength(d.text);
        if (elapsed() > budget) break;
    }
    const seconds = elapsed();
    console.log(JSON.stringify({
        peer: 'chrono-node', version, docs: doneDocs, docs_total: docs.length,
        text_bytes: doneBytes, text_bytes_total: totalBytes, found, seconds,
        seconds_full_slice: doneBytes ? seconds * totalBytes / doneBytes : null,
        extrapolated: doneDocs < docs.length,
    }));
    return 0;
}

process.exitCode = main();
