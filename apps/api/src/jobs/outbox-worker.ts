import { type DomainDeps, deliverDueMails, type MailSender } from '@portal/domain';

/**
 * Delivers the mail outbox every `intervalMs` on this instance. Safe to run on every instance at
 * once: deliverDueMails claims rows with SKIP LOCKED. Returns a stop function.
 */
export function startOutboxWorker(
  deps: DomainDeps,
  sender: MailSender,
  intervalMs = 5000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = deliverDueMails(deps, sender).catch((error: unknown) => {
      console.error('[outbox] Zustellung fehlgeschlagen:', error);
    });
  };
  const timer = setInterval(() => {
    if (!stopped) tick();
  }, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
