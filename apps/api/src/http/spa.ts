import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** A year, the longest max-age caches are asked to honour. */
const EIN_JAHR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The built SPA (apps/web/dist), mounted after the API routes.
 *
 * Vite names every file under /assets/ by its content: such a URL never changes its content, so
 * browsers keep it a year without asking again (`public, max-age=31536000, immutable`).
 * index.html names the current files; it and the client-side routes that answer with it are
 * `no-cache` (the browser revalidates with the ETag on every load, 304 when unchanged), so a
 * release reaches everyone with their next page load. Other files (the favicon) for an hour.
 * Without a build (API tests, `pnpm dev` with Vite's server) the router serves nothing.
 */
export function spa(webDist: string): Router {
  const router = express.Router();
  const indexHtml = path.join(webDist, 'index.html');
  if (!existsSync(indexHtml)) return router;

  router.use(
    '/assets',
    express.static(path.join(webDist, 'assets'), { index: false, maxAge: EIN_JAHR_MS, immutable: true }),
    // A file that is not there (a chunk of an older release) is a 404, not index.html as a script.
    (_req, res) => {
      res.status(404).setHeader('Cache-Control', 'no-store').type('text/plain').send('Nicht gefunden');
    },
  );
  router.use(
    express.static(webDist, {
      index: false,
      maxAge: '1h',
      setHeaders(res, file) {
        if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  // Client-side routes: every other GET gets the SPA.
  router.get(/^\/(?!graphql|healthz|dev\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
