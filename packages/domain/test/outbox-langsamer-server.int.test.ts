import type { Database } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { createMailer } from '@portal/mail';
import { startTestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueSofortMail, sofortZustellen } from '../src/konten/zustellung.js';
import { deliverDueMails, enqueueMail } from '../src/outbox/outbox.js';
import type { Clock } from '../src/shared/clock.js';

/**
 * The measured failure: two API instances, an SMTP server that holds its final answer longer
 * than a claim lasts; some mails arrived twice. Here with short limits so it runs in seconds: a
 * claim of 3 s, sends aborted after 1.5 s, a server that holds every answer 4 s while it is slow.
 */
const CLAIM_MS = 3000;
const HOLD_MS = 4000;
const TIMEOUTS = { connectionMs: 1000, greetingMs: 1000, socketMs: 1000, sendMs: 1500 };

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Nicht eingetreten: ${what}`);
    await sleep(100);
  }
}

describe('outbox with two instances and a slow SMTP server', () => {
  it('delivers every mail exactly once, and none is lost once the server recovers', async () => {
    let slow = true;
    let held = 0;
    const smtp = await startTestSmtpServer({
      holdAnswerMs: () => {
        if (!slow) return 0;
        held++;
        return HOLD_MS;
      },
    });
    // Each instance has its own mailer, as two API processes would.
    const mailers = [0, 1].map(() =>
      createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test', timeouts: TIMEOUTS }),
    );
    // Real time plus an offset the test moves on to make the retries due (claims run on the
    // database's clock, so the jump does not touch them).
    let offset = 0;
    const clock: Clock = { now: () => new Date(Date.now() + offset) };
    const deps = mailers.map((mailer) => ({ prisma: db.prisma, clock, mailer }));

    await db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 10; i++)
        await enqueueMail(tx, { to: `job${i}@example.org`, subject: `Job ${i}`, text: 'x' }, clock.now());
    });
    // Four mails a person waits for: sent right after the commit, by the instance that wrote them.
    const keys: string[] = [];
    for (let i = 0; i < 4; i++) {
      keys.push(
        await db.prisma.$transaction((tx) =>
          enqueueSofortMail(
            tx,
            { to: `sofort${i}@example.org`, subject: `Sofort ${i}`, text: 'x' },
            clock.now(),
          ),
        ),
      );
    }

    let stop = false;
    const runs = [0, 0];
    const worker = async (n: number) => {
      while (!stop) {
        await deliverDueMails(deps[n], mailers[n], { batchSize: 20, claimMs: CLAIM_MS });
        runs[n]++;
        await sleep(50);
      }
    };
    const workers = [worker(0), worker(1)];
    const sofort = [
      sofortZustellen(deps[0], keys.slice(0, 2), { claimMs: CLAIM_MS }),
      sofortZustellen(deps[1], keys.slice(2), { claimMs: CLAIM_MS }),
    ];

    // Slow until the server has held the answers to a few mails, and a claim has run out.
    await until(() => held >= 3, 'the slow server held three answers');
    await sleep(CLAIM_MS);
    slow = false;
    await until(async () => {
      // An hour passes for the domain on every look, so every retry's backoff is over soon.
      offset += 60 * 60 * 1000;
      return (await db.prisma.mailOutbox.count({ where: { status: { not: 'VERSENDET' } } })) === 0;
    }, 'every mail recorded as sent');
    stop = true;
    await Promise.all(workers);
    await Promise.all(sofort);
    await smtp.idle();

    const rows = await db.prisma.mailOutbox.findMany();
    expect(rows).toHaveLength(14);
    const delivered = new Map<string, number>();
    for (const m of smtp.received) {
      const key = `${m.messageId} ${m.to.join(',')}`;
      delivered.set(key, (delivered.get(key) ?? 0) + 1);
    }
    console.info(
      `[outbox] ${rows.length} mails, ${smtp.received.length + smtp.unacknowledged.length} sent to the server, ` +
        `${smtp.received.length} delivered (acknowledged), ${smtp.unacknowledged.length} unacknowledged (aborted ` +
        `while the server held its answer), ${smtp.received.length - delivered.size} duplicates; ` +
        `worker runs ${runs.join('/')}, attempts ${rows.map((r) => r.attempts).join(',')}`,
    );
    for (const row of rows) {
      expect(row.status).toBe('VERSENDET');
      expect(delivered.get(`<${row.id}@ausbildungsportal> ${row.to}`), row.to).toBe(1);
    }
    expect(smtp.received).toHaveLength(14);
    // The slow phase happened: the senders gave up on the held answers (the server dropped those).
    expect(smtp.unacknowledged.length).toBeGreaterThanOrEqual(3);

    for (const mailer of mailers) mailer.close();
    await smtp.close();
  }, 90_000);
});
