import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Figure, round, writeResults } from './report.js';

/** Size of what a browser downloads for the SPA (raw and gzip), from apps/web/dist. */
export async function bundleBenchmark(): Promise<void> {
  const dist = path.resolve(import.meta.dirname, '..', '..', 'apps', 'web', 'dist');
  const files = walk(dist).filter((f) => /\.(js|css|html)$/.test(f));
  if (files.length === 0) {
    console.log('apps/web/dist fehlt: zuerst `pnpm build`.');
    return;
  }
  const figures: Figure[] = [];
  for (const ext of ['js', 'css', 'html']) {
    const group = files.filter((f) => f.endsWith(`.${ext}`));
    const raw = group.reduce((sum, f) => sum + statSync(f).size, 0);
    const gzip = group.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
    figures.push(
      { metric: `${ext}_bytes`, value: round(raw / 1024, 1), unit: 'KiB', n: group.length },
      { metric: `${ext}_gzip_bytes`, value: round(gzip / 1024, 1), unit: 'KiB', n: group.length },
    );
  }
  writeResults('web-bundle', figures);
}

function walk(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  } catch {
    return [];
  }
}
