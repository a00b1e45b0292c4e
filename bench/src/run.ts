// `pnpm bench`: prints figures and writes them to bench/results/<benchmark>.json.
// Database: BENCH_DB=postgres (default, a scratch database on 127.0.0.1:5432) or BENCH_DB=pglite.
import 'reflect-metadata';
import { apiBenchmark } from './api.bench.js';
import { berichtsheftBenchmark } from './berichtsheft.bench.js';
import { bundleBenchmark } from './bundle.bench.js';

process.env.PORTAL_QUIET = '1';
await apiBenchmark(process.env.BENCH_DB ?? 'postgres');
await berichtsheftBenchmark(process.env.BENCH_DB ?? 'postgres');
await bundleBenchmark();
