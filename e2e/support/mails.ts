import { expect } from '@playwright/test';

export const MAIL_HTTP_PORT = Number(process.env.MAIL_HTTP_PORT ?? 2681);

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/** Waits until a mail to `to` whose subject matches arrives (the outbox delivers every 0.5 s here). */
export async function waitForMail(to: string, subject: RegExp): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${MAIL_HTTP_PORT}/mails`);
        const mails = (await response.json()) as Mail[];
        found = mails.filter((m) => m.to.includes(to) && subject.test(m.subject)).at(-1);
        return found !== undefined;
      },
      { timeout: 15_000, message: `E-Mail an ${to} mit Betreff ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** All mails the sink received for `to` so far. */
export async function mailsTo(to: string): Promise<Mail[]> {
  const response = await fetch(`http://127.0.0.1:${MAIL_HTTP_PORT}/mails`);
  return ((await response.json()) as Mail[]).filter((m) => m.to.includes(to));
}
