import type { DomainDeps, Viewer } from '@portal/domain';
import type { Request, Response } from 'express';
import type { SessionCookies } from '../http/session-cookie.js';

export interface GraphQLContext {
  deps: DomainDeps;
  /** Null when the request carries no live session. */
  viewer: Viewer | null;
  /** False when a session cookie came without the matching CSRF header. */
  csrfOk: boolean;
  req: Request;
  res: Response;
  cookies: SessionCookies;
}

/** For resolvers behind the authentication gate: the viewer is there. */
export function viewerOf(context: GraphQLContext): Viewer {
  if (!context.viewer) throw new Error('viewerOf() called on a public field');
  return context.viewer;
}
