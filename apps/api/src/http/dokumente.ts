import {
  authenticateSession,
  type DomainDeps,
  DomainError,
  dokumentOeffnen,
  ERROR_MESSAGES,
} from '@portal/domain';
import type { Request, Response } from 'express';
import { istUuid } from '../graphql/ids.js';
import type { SessionCookies } from './session-cookie.js';

function fehler(res: Response, status: number, code: string, message: string) {
  res
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .json({ errors: [{ message, extensions: { code } }] });
}

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
export function contentDisposition(dateiname: string): string {
  const ascii = dateiname.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(dateiname)}`;
}

/**
 * GET /dokumente/:id — a document of "Profil – Dokumente" (e.g. a Zeugnis PDF) as a download.
 * Authenticated by the session cookie like /graphql. A plain link cannot send the CSRF header, so
 * none is required: the route only reads (and logs the first opening), and the cookie is SameSite=Lax.
 * Refusals answer JSON in German: 401 without a session, 404 for unknown or foreign documents,
 * 403 with the reason (Ausbilder; Betrieb more than 14 days after the contract's end).
 */
export function dokumentDownload(deps: DomainDeps, cookies: SessionCookies) {
  return async (req: Request, res: Response) => {
    const sessionId = await cookies.read(req);
    const auth = sessionId ? await authenticateSession(deps, sessionId) : null;
    if (!auth) {
      fehler(res, 401, 'UNAUTHENTICATED', ERROR_MESSAGES.UNAUTHENTICATED);
      return;
    }
    if (auth.vertretungBeendet) {
      fehler(res, 403, 'VERTRETUNG_BEENDET', ERROR_MESSAGES.VERTRETUNG_BEENDET);
      return;
    }
    const id = String(req.params.id ?? '');
    if (!istUuid(id)) {
      fehler(res, 404, 'NOT_FOUND', 'Das Dokument wurde nicht gefunden.');
      return;
    }
    try {
      const dokument = await dokumentOeffnen(deps, auth.viewer, id);
      res
        .status(200)
        .setHeader('Content-Type', dokument.mimeType)
        .setHeader('Content-Disposition', contentDisposition(dokument.dateiname))
        .setHeader('Cache-Control', 'private, no-store')
        .setHeader('X-Content-Type-Options', 'nosniff')
        .send(Buffer.from(dokument.inhalt));
    } catch (error) {
      if (error instanceof DomainError) {
        const status = error.code === 'NOT_FOUND' ? 404 : error.code === 'UNAUTHENTICATED' ? 401 : 403;
        fehler(res, status, error.code, error.message);
        return;
      }
      throw error;
    }
  };
}
