import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging.js';

declare global {
  namespace Express {
    interface Request {
      /** X-Request-Id of this request (the client's when it is a safe short one, else a new UUID). */
      requestId: string;
      /** The logger for this request: every line carries `requestId`. */
      log: Logger;
    }
  }
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * An incoming id is taken over (a load balancer's or the SPA's, to follow one request through
 * several logs) only when it is short and harmless: letters, digits, `.`, `_`, `-`, at most 64.
 */
const SICHERE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Load balancers poll these every few seconds: their lines only at LOG_LEVEL=debug. */
const LEISE_PFADE = new Set(['/healthz']);

/**
 * Gives every request an id, echoes it in `X-Request-Id`, puts a child logger with it on `req.log`
 * and writes one line when the response is done:
 * `{"level":"info",…,"requestId":"…","event":"anfrage","method":"POST","path":"/graphql","status":200,"durationMs":12.3}`.
 * The path is logged without its query string (links carry tokens there: /passwort-setzen?token=…),
 * and no header at all (cookies, Authorization).
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId = incoming !== undefined && SICHERE_ID.test(incoming) ? incoming : randomUUID();
    req.requestId = requestId;
    req.log = logger.child({ requestId });
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const start = process.hrtime.bigint();
    res.once('close', () => {
      const path = pfadOhneQuery(req.originalUrl);
      const fields = {
        event: 'anfrage',
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - start) / 1e4) / 100,
        // The client went away before the answer was complete.
        ...(res.writableFinished ? {} : { abgebrochen: true }),
      };
      if (res.statusCode >= 500) req.log.warn(fields, 'anfrage');
      else if (LEISE_PFADE.has(path)) req.log.debug(fields, 'anfrage');
      else req.log.info(fields, 'anfrage');
    });
    next();
  };
}

/** The path part of a request target, at most 200 characters. */
function pfadOhneQuery(url: string): string {
  const ende = url.search(/[?#]/);
  const path = ende === -1 ? url : url.slice(0, ende);
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}
