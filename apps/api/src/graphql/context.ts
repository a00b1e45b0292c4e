import type { DomainDeps, Viewer } from '@portal/domain';
import type { Request, Response } from 'express';
import type { SessionCookies } from '../http/session-cookie.js';

export interface GraphQLContext {
  deps: DomainDeps;
  /** Null when the request carries no live session, or its CSRF header does not match. */
  viewer: Viewer | null;
  /**
   * A live session cookie came without the matching CSRF header. Such a request counts as logged
   * out (so `me` is null and `login` works, and nobody is stuck with a cookie the SPA cannot clear),
   * and protected fields answer CSRF_UNGUELTIG.
   */
  csrfRejected: boolean;
  /**
   * The session acted for someone whose Vertretung has ended since (H5, Vertretung): `viewer` is
   * the person's own now, `me` answers with it, every protected field answers VERTRETUNG_BEENDET.
   */
  vertretungBeendet?: boolean;
  req: Request;
  res: Response;
  cookies: SessionCookies;
}

/** For resolvers behind the authentication gate: the viewer is there. */
export function viewerOf(context: GraphQLContext): Viewer {
  if (!context.viewer) throw new Error('viewerOf() called on a public field');
  return context.viewer;
}

/**
 * The client's address for rate limits. Express derives `req.ip` from X-Forwarded-For only for
 * proxies named in `trust proxy` (TRUST_PROXY, see docs/operations.md), so a client cannot
 * choose its own address by sending the header.
 */
export const clientAdresse = (context: GraphQLContext) =>
  context.req.ip ?? context.req.socket.remoteAddress ?? 'unbekannt';
