import type { CookieOptions, Request, Response } from 'express';
import { jwtVerify, SignJWT } from 'jose';

export const SESSION_COOKIE = 'portal_session';
/** Readable by the SPA, which echoes it in the X-CSRF-Token header (double submit, checked against the session). */
export const CSRF_COOKIE = 'portal_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionCookies {
  read(req: Request): Promise<string | null>;
  write(res: Response, sessionId: string, csrfToken: string): Promise<void>;
  clear(res: Response): void;
}

/** The cookie carries only a signed session id; everything else lives in the Session table. */
export function sessionCookies(options: { secret: string; secure: boolean }): SessionCookies {
  const key = new TextEncoder().encode(options.secret);
  const base: CookieOptions = { path: '/', secure: options.secure, sameSite: 'lax' };
  return {
    async read(req) {
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      if (typeof token !== 'string' || token.length === 0) return null;
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          audience: 'portal-session',
        });
        return typeof payload.sid === 'string' ? payload.sid : null;
      } catch {
        return null;
      }
    },
    async write(res, sessionId, csrfToken) {
      const token = await new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256' })
        .setAudience('portal-session')
        .setIssuedAt()
        // The session record decides; this only bounds a stolen cookie's life.
        .setExpirationTime('13h')
        .sign(key);
      const maxAge = 13 * 60 * 60 * 1000;
      res.cookie(SESSION_COOKIE, token, { ...base, httpOnly: true, maxAge });
      res.cookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false, sameSite: 'strict', maxAge });
    },
    clear(res) {
      res.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
      res.clearCookie(CSRF_COOKIE, { ...base, sameSite: 'strict' });
    },
  };
}
