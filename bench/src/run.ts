// `pnpm bench`: prints figures and writes them to bench/results/<benchmark>.json.
// Database: BENCH_DB=postgres (default, a scratch database on 127.0.0.1:5432) or BENCH_DB=pglite.
// BENCH_ROUNDS (default 3) and BENCH_DURATION (seconds per measurement, default 2) lengthen the
// load measurements; BENCH_GROSS=1 adds the 1M-Nachweise size (PostgreSQL). docs/operations.md, "Benchmarks".
import 'reflect-metadata';
import { bundleBenchmark } from './bundle.bench.js';
import { grossBenchmark } from './gross.bench.js';
import { limitsBenchmark } from './limits.bench.js';
import { portalBenchmark } from './portal.bench.js';
import { workersBenchmark } from './workers.bench.js';

process.env.PORTAL_QUIET = '1';
// BENCH_ONLY=portal,workers (comma-separated names) runs only those benchmarks.
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const kind = process.env.BENCH_DB ?? 'postgres';
const gross = process.env.BENCH_GROSS === '1';
const run = (name: string) => (only ? only.includes(name) : name !== 'gross' || gross);
if (run('portal')) await portalBenchmark(kind);
if (run('workers')) {
  if (kind === 'postgres') await workersBenchmark();
  else console.log('\nworkers: skipped (more than one process needs PostgreSQL)');
}
if (run('gross')) {
  if (kind === 'postgres') await grossBenchmark();
  else console.log('\ngross: skipped (the 1M size is measured on PostgreSQL)');
}
if (run('limits')) await limitsBenchmark(kind);
if (run('bundle')) await bundleBenchmark();
