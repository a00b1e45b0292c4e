import type { NextFunction, Request, Response } from 'express';

/** 127.0.0.0/8, ::1 and IPv4-mapped 127.x (a dual-stack socket reports ::ffff:127.0.0.1). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Headers a reverse proxy adds: a request carrying one was relayed, whoever sent it first. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * Whether the request comes straight from this machine: the socket's peer address is loopback
 * (never req.ip, which X-Forwarded-For can set) and no proxy relayed it. A proxy on the same host
 * connects over loopback too, so a forwarding header makes the request remote.
 */
export function isLocalRequest(req: Request): boolean {
  return (
    isLoopbackAddress(req.socket.remoteAddress) &&
    FORWARDING_HEADERS.every((name) => req.headers[name] === undefined)
  );
}

/**
 * Mounts a developer page only for local requests; everyone else gets the app's ordinary 404, as
 * if the path did not exist.
 */
export function localOnly(handler: (req: Request, res: Response) => unknown) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!isLocalRequest(req)) {
      next();
      return;
    }
    return handler(req, res);
  };
}
