import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '@portal/config';
import { demoLogins, openDatabase, seedDemoData } from '@portal/db';
import {
  deliverDueMails,
  drosselungAufraeumen,
  erinnerungenVersenden,
  hashPassword,
  pruefungseinladungenVersenden,
  systemClock,
} from '@portal/domain';
import { createMailer } from '@portal/mail';
import { createApp } from './app.js';
import { druecktBanner, startWorkers } from './cluster.js';
import { startPeriodicJob } from './jobs/periodic-job.js';
import { createLogger } from './logging.js';

async function main() {
  const config = loadConfig();
  // JSON lines on stdout for the log collector (docs/operations.md, "Logs"); the lines below
  // printed with console.log are for the person who started the app.
  const logger = createLogger(config.logLevel);
  if (cluster.isPrimary && config.workers > 1) {
    logger.info({ event: 'workers_starten', workers: config.workers }, 'Worker-Prozesse starten');
    startWorkers(config.workers, logger);
    return;
  }
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    timeouts: config.databaseTimeouts,
    log: logger,
  });
  // Demo data only into an empty database, and in production only when asked for (DEMO_DATA=1, e2e tests).
  const seeded = config.demoData ? await seedDemoData(db.prisma, hashPassword) : false;
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const app = await createApp({ config, db, mailer, clock: systemClock, logger });
  const deps = { prisma: db.prisma, clock: systemClock, publicUrl: config.publicUrl };
  const hour = 60 * 60 * 1000;
  const stopJobs = [
    // Without SMTP the outbox keeps every mail until SMTP_URL is set.
    ...(mailer.configured
      ? [
          startPeriodicJob(logger, 'outbox', config.outboxIntervalMs, (log) =>
            deliverDueMails({ ...deps, log }, mailer),
          ),
        ]
      : []),
    // Once per calendar week per recipient (dedupe keys), however often this runs.
    startPeriodicJob(logger, 'erinnerungen', hour, (log) => erinnerungenVersenden({ ...deps, log })),
    // Rate-limit windows older than a day (konten/drosselung.ts).
    startPeriodicJob(logger, 'drosselung', hour, (log) => drosselungAufraeumen({ ...deps, log })),
    // About six weeks before each Anmeldeschluss: one invitation per Unternehmen and session (dedupe keys).
    startPeriodicJob(logger, 'pruefungseinladungen', hour, (log) =>
      pruefungseinladungenVersenden({ ...deps, log }),
    ),
  ];
  const server = app.express.listen(config.port, () => {
    if (!druecktBanner()) return;
    const where =
      db.kind === 'pglite'
        ? `eingebettete Datenbank in ${config.dataDir}/pglite`
        : 'PostgreSQL (DATABASE_URL)';
    console.log(`\nAusbildungsportal läuft: ${config.publicUrl}`);
    console.log(`Datenbank: ${where}${seeded ? ', Demodaten geladen' : ''}`);
    if (config.development) {
      // Served only to requests from this machine (http/local-only.ts), so the address is localhost.
      console.log(
        `Entwicklungs-Postfach (nur von diesem Rechner): http://localhost:${config.port}/dev/mails`,
      );
    }
    if (config.demoData) {
      console.log('\nDemo-Zugänge (Passwort für alle: Ausbildung-Demo-2026):');
      for (const login of demoLogins()) console.log(`  ${login.email.padEnd(44)} ${login.beschreibung}`);
      console.log('');
    }
  });
  const shutdown = async () => {
    server.close();
    await Promise.all(stopJobs.map((stop) => stop()));
    await app.stop();
    mailer.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // Before the logger exists (or instead of it): for the person who started the app.
  if (error instanceof ConfigError) {
    console.error(
      error.problems.length === 1
        ? `Konfigurationsfehler: ${error.problems[0]}`
        : `Konfigurationsfehler:\n${error.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  } else console.error(error);
  process.exit(1);
});
