import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One figure, comparable between commits: bench/results/<benchmark>.json is a list of these. */
export interface Figure {
  metric: string;
  value: number;
  unit: string;
  n: number;
}

export const resultsDir = path.resolve(import.meta.dirname, '..', 'results');

/** Writes the figures; prints them as a table unless `quiet` (a benchmark that prints its own). */
export function writeResults(benchmark: string, figures: Figure[], options: { quiet?: boolean } = {}): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${benchmark}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (options.quiet) return;
  console.log(`\n${benchmark}`);
  console.table(figures.map((f) => ({ metric: f.metric, n: f.n, value: f.value, unit: f.unit })));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return round(sorted[Math.max(0, index)]);
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
