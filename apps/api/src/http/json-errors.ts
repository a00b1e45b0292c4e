import type { NextFunction, Request, Response } from 'express';

/**
 * Errors before GraphQL runs (a body that is not JSON, or too large) answer like GraphQL errors:
 * JSON, a stable code, a German message, never Express's HTML page with a stack trace.
 */
export function jsonErrors(error: unknown, _req: Request, res: Response, next: NextFunction) {
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
  console.error('[http] unerwarteter Fehler:', error);
  res.status(500).json({
    errors: [
      {
        message: 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
}
