import type { NextFunction, Request, Response } from 'express';
import { datenbankAusfall, dienstNichtVerfuegbar, meldeDatenbankAusfall } from './datenbank-ausfall.js';
import { WIEDERHOLEN_NACH_SEKUNDEN } from './ueberlast.js';

/**
 * Errors before GraphQL runs (a body that is not JSON, or too large) and errors of the other routes
 * answer like GraphQL errors: JSON, a stable code, a German message, never Express's HTML page with
 * a stack trace. A database outage answers 503 DIENST_NICHT_VERFUEGBAR.
 */
export function jsonErrors(error: unknown, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) {
    next(error);
    return;
  }
  const type = (error as { type?: string }).type;
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'Die Anfrage ist kein gültiges JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  if (type === 'entity.too.large') {
    res
      .status(413)
      .json({ errors: [{ message: 'Die Anfrage ist zu groß.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  const ausfall = datenbankAusfall(error);
  if (ausfall) {
    // The database is stopped, frozen or unreachable (e.g. reading the session of /dokumente/:id).
    meldeDatenbankAusfall(req.log, ausfall, 'http');
    res
      .status(503)
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Retry-After', String(WIEDERHOLEN_NACH_SEKUNDEN.datenbankAusfall))
      .json({ errors: [dienstNichtVerfuegbar()] });
    return;
  }
  req.log.error({ event: 'unerwarteter_fehler', ort: 'http', err: error }, 'unerwarteter Fehler');
  res.status(500).json({
    errors: [
      {
        message: 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
}
