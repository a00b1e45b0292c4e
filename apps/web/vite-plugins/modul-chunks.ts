import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes dist/.vite/module-chunks.json: for every module of the app, the chunk file that holds it.
 * Vite's manifest has a key per entry and per dynamic import target only while that module is a
 * chunk of its own; a grouped chunk (vite.config.ts, `shell`) hides which modules it holds.
 * bench/src/bundle.bench.ts reads both to find a page's chunks.
 */
export function modulChunks(root: string): Plugin {
  return {
    name: 'portal:modul-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const relative = path.relative(root, id).split(path.sep).join('/');
          if (!relative.startsWith('..') && !relative.includes('node_modules'))
            chunks[relative] = chunk.fileName;
        }
      }
      const sorted = Object.fromEntries(Object.entries(chunks).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({
        type: 'asset',
        fileName: '.vite/module-chunks.json',
        source: `${JSON.stringify(sorted, null, 2)}\n`,
      });
    },
  };
}
