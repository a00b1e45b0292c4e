// `pnpm bench`: prints figures and writes them to bench/results/<benchmark>.json.
// Database: BENCH_DB=postgres (default, a scratch database on 127.0.0.1:5432) or BENCH_DB=pglite.
import 'reflect-metadata';
import { apiBenchmark } from './api.bench.js';
import { berichtsheftBenchmark } from './berichtsheft.bench.js';
import { bundleBenchmark } from './bundle.bench.js';
import { limitsBenchmark } from './limits.bench.js';
import { pruefungenBenchmark } from './pruefungen.bench.js';

process.env.PORTAL_QUIET = '1';
// BENCH_ONLY=pruefungen (comma-separated names) runs only those benchmarks.
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const run = (name: string) => !only || only.includes(name);
const kind = process.env.BENCH_DB ?? 'postgres';
if (run('api')) await apiBenchmark(kind);
if (run('berichtsheft')) await berichtsheftBenchmark(kind);
if (run('pruefungen')) await pruefungenBenchmark(kind);
if (run('limits')) await limitsBenchmark(kind);
if (run('bundle')) await bundleBenchmark();
