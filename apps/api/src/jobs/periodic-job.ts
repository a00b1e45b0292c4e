import { datenbankAusfall, meldeDatenbankAusfall } from '../http/datenbank-ausfall.js';
import type { Logger } from '../logging.js';

/**
 * Runs `job` now and then every `intervalMs` on this instance, never two runs at once. Jobs must
 * be safe on every instance at the same time (claims with SKIP LOCKED, dedupe keys): there is no
 * leader election. Returns a stop function that waits for a running job. `job` gets a child of
 * `logger` with `job: name` (for the domain's warnings); so do its failures.
 */
export function startPeriodicJob(
  logger: Logger,
  name: string,
  intervalMs: number,
  job: (log: Logger) => Promise<unknown>,
): () => Promise<void> {
  const log = logger.child({ job: name });
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = job(log)
      .catch((error: unknown) => {
        // A database outage is one warning line per run, not a stack trace every few seconds.
        const ausfall = datenbankAusfall(error);
        if (ausfall) meldeDatenbankAusfall(log, ausfall, `job:${name}`);
        else log.error({ event: 'job_fehlgeschlagen', err: error }, `Job ${name} fehlgeschlagen`);
      })
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
