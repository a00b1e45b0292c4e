import cluster from 'node:cluster';
import type { Logger } from './logging.js';

/** A replacement is forked no sooner than this after the last one (no busy restart loop). */
const NEUSTART_ABSTAND_MS = 1000;

/**
 * The primary process of `WORKERS` > 1: forks the workers, which share the port (node:cluster
 * hands out the connections) and each run the whole app against the one PostgreSQL; replaces a
 * worker that dies; passes SIGINT/SIGTERM on and ends when all workers have ended. Nothing a
 * worker needs lives here: sessions, rate limits and the outbox's claims are in the database.
 */
export function startWorkers(anzahl: number, log: Logger): void {
  const lauschen = new Set<number>();
  let beenden = false;
  let letzterNeustart = 0;
  const laufende = () => Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
  const alleBeenden = (exitCode: number) => {
    beenden = true;
    process.exitCode = exitCode;
    for (const worker of laufende()) worker.process.kill('SIGTERM');
    if (laufende().length === 0) process.exit(exitCode);
  };
  for (let i = 0; i < anzahl; i++) cluster.fork();
  cluster.on('listening', (worker) => lauschen.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    const gestartet = lauschen.delete(worker.id);
    if (beenden) {
      if (laufende().length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!gestartet) {
      // It never listened (port taken, configuration, database): restarting would only loop.
      log.fatal(
        { event: 'worker_start_fehlgeschlagen', pid: worker.process.pid, code, signal },
        'Worker startet nicht',
      );
      alleBeenden(1);
      return;
    }
    log.error(
      { event: 'worker_beendet', pid: worker.process.pid, code, signal },
      'Worker beendet, wird ersetzt',
    );
    const warten = Math.max(0, letzterNeustart + NEUSTART_ABSTAND_MS - Date.now());
    letzterNeustart = Date.now() + warten;
    setTimeout(() => {
      if (!beenden) cluster.fork();
    }, warten);
  });
  process.once('SIGINT', () => alleBeenden(0));
  process.once('SIGTERM', () => alleBeenden(0));
}

/** Only the first worker (or the single process) prints the start banner for the person. */
export const druecktBanner = () => cluster.isPrimary || cluster.worker?.id === 1;
