import { ERROR_MESSAGES } from '@portal/domain';
import type { RequestHandler } from 'express';

/** Seconds a client should wait before trying again (HTTP Retry-After) after a 503. */
export const WIEDERHOLEN_NACH_SEKUNDEN = { ueberlast: 1, datenbankAusfall: 5 } as const;

/**
 * Load shedding for the embedded database: PGlite runs one statement at a time inside this
 * process, so past a few dozen requests in flight every further one only waits (measured: p99
 * 6.5 s at 100 connections). Those beyond `max` answer at once with 503 UEBERLASTET and
 * Retry-After instead. A count of this process's own requests, not shared state: PGlite serves
 * exactly one process.
 */
export function begrenzeGleichzeitigeAnfragen(max: number): RequestHandler {
  let laufend = 0;
  return (req, res, next) => {
    if (laufend >= max) {
      req.log.warn({ event: 'ueberlastet', laufend, max }, 'zu viele gleichzeitige Anfragen');
      res
        .status(503)
        .set('Retry-After', String(WIEDERHOLEN_NACH_SEKUNDEN.ueberlast))
        .set('Cache-Control', 'no-store')
        .json({ errors: [{ message: ERROR_MESSAGES.UEBERLASTET, extensions: { code: 'UEBERLASTET' } }] });
      return;
    }
    laufend++;
    let fertig = false;
    const ende = () => {
      if (fertig) return;
      fertig = true;
      laufend--;
    };
    res.once('finish', ende);
    res.once('close', ende);
    next();
  };
}
