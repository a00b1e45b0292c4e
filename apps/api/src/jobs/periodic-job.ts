import { datenbankAusfall, meldeDatenbankAusfall } from '../http/datenbank-ausfall.js';

/**
 * Runs `job` now and then every `intervalMs` on this instance, never two runs at once. Jobs must
 * be safe on every instance at the same time (claims with SKIP LOCKED, dedupe keys): there is no
 * leader election. Returns a stop function that waits for a running job.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  job: () => Promise<unknown>,
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = job()
      .catch((error: unknown) => {
        // A database outage is one warning line per run, not a stack trace every few seconds.
        const ausfall = datenbankAusfall(error);
        if (ausfall) meldeDatenbankAusfall(ausfall, `job:${name}`);
        else console.error(`[${name}] fehlgeschlagen:`, error);
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
