import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type Figure, round, writeResults } from './report.js';

const dist = path.resolve(import.meta.dirname, '..', '..', 'apps', 'web', 'dist');

/**
 * The pages we hold to a budget: the modules (see apps/web/src/app/router.tsx) whose chunks a
 * browser needs besides the entry before the page shows. The login forms are part of the entry.
 */
const ROUTES = [
  {
    name: 'login',
    title: 'Anmeldung (/anmelden)',
    modules: ['src/features/auth/pages/LoginPage.tsx'],
    budgetGzipKiB: 120,
  },
  {
    name: 'woche',
    title: 'Woche des Azubis (/berichtsheft/nachweis/:id)',
    // Apollo's provider route and client, the app shell, the page.
    modules: [
      'src/app/ApolloGrenze.tsx',
      'src/app/apollo.ts',
      'src/app/AppShell.tsx',
      'src/features/berichtsheft/pages/NachweisPage.tsx',
    ],
    budgetGzipKiB: 180,
  },
] as const;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * What a browser downloads for the SPA, compressed as the API sends it (compression middleware:
 * gzip level 6, brotli quality 4): per budgeted page the entry from index.html (script,
 * modulepreloads, stylesheets) plus the chunks of the page's lazy routes with their static
 * imports (Vite manifest), and the whole build.
 */
export async function bundleBenchmark(): Promise<void> {
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.log('apps/web/dist/.vite/manifest.json fehlt: zuerst `pnpm build`.');
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  // Which chunk holds a module (apps/web/vite-plugins/modul-chunks.ts), and its manifest key.
  const moduleChunks = JSON.parse(
    readFileSync(path.join(dist, '.vite', 'module-chunks.json'), 'utf8'),
  ) as Record<string, string>;
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = entryFiles(html);
  const sizes = new Map<string, Size>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      s = measure(readFileSync(path.join(dist, file)));
      sizes.set(file, s);
    }
    return s;
  };

  const figures: Figure[] = [];
  const verdicts: string[] = [];
  for (const route of ROUTES) {
    const files = new Set(entry);
    for (const module of route.modules) {
      const key = keyOfFile.get(moduleChunks[module] ?? '');
      if (!key) throw new Error(`${module} fehlt im Build (apps/web/dist/.vite/module-chunks.json).`);
      for (const file of closure(manifest, key)) files.add(file);
    }
    const js = sum([...files].filter((f) => f.endsWith('.js')).map(size));
    const css = sum([...files].filter((f) => f.endsWith('.css')).map(size));
    const jsCount = [...files].filter((f) => f.endsWith('.js')).length;
    const cssCount = files.size - jsCount;
    figures.push(
      ...sizeFigures(`${route.name}_js`, js, jsCount),
      ...sizeFigures(`${route.name}_css`, css, cssCount),
      ...sizeFigures(`${route.name}_total`, sum([js, css]), files.size),
    );
    const gzipKiB = round(js.gzip / 1024, 1);
    const ok = gzipKiB <= route.budgetGzipKiB;
    verdicts.push(
      `${route.title}: ${gzipKiB} KiB JavaScript (gzip) vor der Anzeige, Ziel höchstens ${route.budgetGzipKiB} KiB – ${ok ? 'erfüllt' : 'NICHT erfüllt'}`,
    );
  }

  const all = listFiles(dist).filter((f) => /\.(js|css)$/.test(f));
  const allJs = all.filter((f) => f.endsWith('.js'));
  const allCss = all.filter((f) => f.endsWith('.css'));
  figures.push(
    ...sizeFigures('all_js', sum(allJs.map(size)), allJs.length),
    ...sizeFigures('all_css', sum(allCss.map(size)), allCss.length),
  );
  writeResults('web-bundle', figures);
  for (const line of verdicts) console.log(line);
}

/** The files index.html makes the browser fetch: the entry script, its modulepreloads, stylesheets. */
function entryFiles(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isLink = tag.startsWith('<link') && /rel="(modulepreload|stylesheet)"/.test(tag);
    const url = /(?:src|href)="\/([^"]+)"/.exec(tag)?.[1];
    if ((isScript || isLink) && url?.startsWith('assets/')) files.push(url);
  }
  if (!files.some((f) => f.endsWith('.js')))
    throw new Error('index.html lädt kein Skript: Build unvollständig?');
  return files;
}

/** A chunk's file, its CSS and, recursively, everything it imports statically. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  return [
    chunk.file,
    ...(chunk.css ?? []),
    ...(chunk.imports ?? []).flatMap((imported) => closure(manifest, imported, seen)),
  ];
}

function measure(bytes: Buffer): Size {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 6 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length,
  };
}

const sum = (list: Size[]): Size =>
  list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const sizeFigures = (prefix: string, s: Size, n: number): Figure[] => [
  { metric: `${prefix}_raw`, value: round(s.raw / 1024, 1), unit: 'KiB', n },
  { metric: `${prefix}_gzip`, value: round(s.gzip / 1024, 1), unit: 'KiB', n },
  { metric: `${prefix}_brotli`, value: round(s.brotli / 1024, 1), unit: 'KiB', n },
];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)));
}
