import type { PrismaClient } from '@portal/db';
import type { Request, Response } from 'express';

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Development only: the last 100 mails of the outbox as a page, so a developer sees what the
 * portal would send (PINs, links) without an SMTP server. Mounted only when NODE_ENV is unset or
 * "development", and behind `localOnly` (requests from this machine only; app.ts).
 */
export function devMailPage(prisma: PrismaClient) {
  return async (_req: Request, res: Response) => {
    const mails = await prisma.mailOutbox.findMany({ orderBy: { createdAt: 'desc' }, take: 100 });
    const items = mails
      .map(
        (m) => `<article><h2>${escapeHtml(m.subject)}</h2>
<p>An: ${escapeHtml(m.to)} · ${m.createdAt.toISOString()} · ${m.status}${m.lastError ? ` · ${escapeHtml(m.lastError)}` : ''}</p>
<pre>${escapeHtml(m.text)}</pre></article>`,
      )
      .join('\n');
    res
      .type('html')
      .send(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>E-Mails (Entwicklung)</title></head>
<body><h1>E-Mails im Postausgang (nur Entwicklung)</h1>${items || '<p>Noch keine E-Mails.</p>'}</body></html>`);
  };
}
