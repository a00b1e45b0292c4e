import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logging.js';
import { requestLog } from './request-log.js';
import { begrenzeGleichzeitigeAnfragen } from './ueberlast.js';

let schliessen: (() => void) | undefined;
afterEach(() => schliessen?.());

/** A server whose requests wait until released, behind the limit. */
async function server(max: number) {
  const wartend: (() => void)[] = [];
  const geschlossen = { anzahl: 0 };
  const app = express();
  app.use(requestLog(createLogger('silent')));
  app.use(begrenzeGleichzeitigeAnfragen(max));
  app.get('/', (_req, res) => {
    // Registered after the limit's own listener, so the place is free when this counts.
    res.once('close', () => geschlossen.anzahl++);
    wartend.push(() => res.json({ ok: true }));
  });
  const http = app.listen(0);
  await new Promise((resolve) => http.once('listening', resolve));
  schliessen = () => http.close();
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/`;
  const bis = async (n: number) => {
    while (wartend.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const warte = async (bedingung: () => boolean) => {
    while (!bedingung()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { url, wartend, bis, warte, geschlossen };
}

describe('load shedding for the embedded database', () => {
  it('answers the request beyond the limit at once with 503, Retry-After and a German message', async () => {
    const s = await server(3);
    const laufend = [fetch(s.url), fetch(s.url), fetch(s.url)];
    await s.bis(3);
    const abgewiesen = await fetch(s.url);
    expect(abgewiesen.status).toBe(503);
    expect(abgewiesen.headers.get('retry-after')).toBe('1');
    const body = (await abgewiesen.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toEqual({
      message: 'Das Portal ist gerade stark ausgelastet. Bitte versuchen Sie es in einigen Sekunden erneut.',
      extensions: { code: 'UEBERLASTET' },
    });
    for (const freigeben of s.wartend.splice(0)) freigeben();
    expect((await Promise.all(laufend)).map((r) => r.status)).toEqual([200, 200, 200]);
    // The places are free again, also after a client that gave up.
    const abbruch = new AbortController();
    const abgebrochen = fetch(s.url, { signal: abbruch.signal }).catch(() => null);
    await s.bis(1);
    const vorher = s.geschlossen.anzahl;
    abbruch.abort();
    await abgebrochen;
    await s.warte(() => s.geschlossen.anzahl > vorher);
    const wieder = [fetch(s.url), fetch(s.url), fetch(s.url)];
    await s.bis(4);
    for (const freigeben of s.wartend.splice(0)) freigeben();
    expect((await Promise.all(wieder)).map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
