// Builds the SPA (apps/web/dist) only when its inputs changed since the last build made here:
// `pnpm start`, `pnpm test:e2e` and `pnpm bench` call it instead of always rebuilding.
// The inputs are hashed by content (not by mtime, which a checkout or a copy changes); the hash
// of the last successful build is kept in apps/web/dist/.build-inputs (a dotfile: never served).
// `pnpm build` still builds unconditionally.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'apps', 'web');
const dist = path.join(web, 'dist');
const stamp = path.join(dist, '.build-inputs');

/** Everything the build reads besides node_modules (whose versions the lockfile pins). */
const INPUTS = [
  'apps/web/src',
  'apps/web/public',
  'apps/web/vite-plugins',
  'apps/web/index.html',
  'apps/web/vite.config.ts',
  'apps/web/tsconfig.json',
  'apps/web/package.json',
  'tsconfig.base.json',
  'pnpm-lock.yaml',
];

function files(relative) {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) => files(path.join(relative, entry.name)));
}

function inputHash() {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files).sort()) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const current = inputHash();
const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;

if (previous === current && existsSync(path.join(dist, 'index.html'))) {
  console.log('SPA ist aktuell (apps/web/dist), kein neuer Build nötig.');
} else {
  console.log(
    previous
      ? 'SPA wird neu gebaut: Quellen seit dem letzten Build geändert.'
      : 'SPA wird gebaut: kein Build mit bekanntem Stand in apps/web/dist.',
  );
  const build = spawnSync('pnpm', ['--filter', '@portal/web', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stamp, `${current}\n`);
}
