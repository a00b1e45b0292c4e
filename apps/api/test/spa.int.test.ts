import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness.js';

/**
 * Caching of the built SPA (http/spa.ts): hashed files under /assets/ for a year, index.html and
 * the client-side routes revalidated on every load, the production security headers on both.
 */

let t: TestApp;
let webDist: string;
const INDEX =
  '<!doctype html><title>Portal</title><script type="module" src="/assets/index-AbC123.js"></script>';
beforeAll(async () => {
  // A build of our own, shaped like Vite's: index.html, hashed chunks, a file from public/.
  webDist = mkdtempSync(path.join(tmpdir(), 'portal-spa-'));
  mkdirSync(path.join(webDist, 'assets'));
  mkdirSync(path.join(webDist, '.vite'));
  writeFileSync(path.join(webDist, 'index.html'), INDEX);
  writeFileSync(path.join(webDist, 'assets', 'index-AbC123.js'), 'export const a = 1;\n');
  writeFileSync(path.join(webDist, 'assets', 'index-DeF456.css'), 'body { margin: 0; }\n');
  writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(webDist, '.vite', 'manifest.json'), '{}');
  t = await startTestApp({ production: true, env: { WEB_DIST: webDist } });
});
afterAll(async () => {
  await t?.close();
  rmSync(webDist, { recursive: true, force: true });
});

const IMMUTABLE = 'public, max-age=31536000, immutable';

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
}

describe('SPA caching', () => {
  it('hashed assets are cached for a year and never revalidated', async () => {
    for (const [file, type] of [
      ['index-AbC123.js', /javascript/],
      ['index-DeF456.css', /text\/css/],
    ] as const) {
      const response = await fetch(`${t.url}/assets/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
      expectSecurityHeaders(response);
    }
  });

  it('index.html and every client-side route are no-cache, with the security headers', async () => {
    for (const pathname of [
      '/',
      '/anmelden',
      '/berichtsheft/nachweis/0f8e2c1a-5b4d-4e6f-9a8b-7c6d5e4f3a2b',
      '/index.html',
    ]) {
      const response = await fetch(`${t.url}${pathname}`);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-type'), pathname).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), pathname).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
      expectSecurityHeaders(response);
    }
  });

  it('no-cache costs little: an unchanged index.html answers 304 to its ETag', async () => {
    const first = await fetch(`${t.url}/berichtsheft`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // Over node:http as a browser revalidates: fetch() would add `Cache-Control: no-cache` itself.
    const again = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get(`${t.url}/berichtsheft`, { headers: { 'if-none-match': etag ?? '' } }, resolve)
        .on('error', reject),
    );
    again.resume();
    expect(again.statusCode).toBe(304);
  });

  it('a missing asset (a chunk of an older release) is a 404, never index.html as a script', async () => {
    const response = await fetch(`${t.url}/assets/NachweisPage-alt999.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('files from public/ are cached for an hour; the build manifest is not served', async () => {
    const favicon = await fetch(`${t.url}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('cache-control')).toBe('public, max-age=3600');
    const manifest = await fetch(`${t.url}/.vite/manifest.json`);
    expect(await manifest.text()).toBe(INDEX);
  });

  it('the API stays the API', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.headers.get('content-type')).toMatch(/json/);
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
