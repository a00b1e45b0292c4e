import 'reflect-metadata';
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
import { startPeriodicJob } from './jobs/periodic-job.js';

async function main() {
  const config = loadConfig();
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    timeouts: config.databaseTimeouts,
  });
  // Demo data only into an empty database, and in production only when asked for (DEMO_DATA=1, e2e tests).
  const wantDemo = process.env.DEMO_DATA === '1' || (!config.production && process.env.DEMO_DATA !== '0');
  const seeded = wantDemo ? await seedDemoData(db.prisma, hashPassword) : false;
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const app = await createApp({ config, db, mailer, clock: systemClock });
  const deps = { prisma: db.prisma, clock: systemClock, publicUrl: config.publicUrl };
  const stopJobs = [
    // Without SMTP the outbox keeps every mail until SMTP_URL is set.
    ...(mailer.configured
      ? [startPeriodicJob('outbox', config.outboxIntervalMs, () => deliverDueMails(deps, mailer))]
      : []),
    // Once per calendar week per recipient (dedupe keys), however often this runs.
    startPeriodicJob('erinnerungen', 60 * 60 * 1000, () => erinnerungenVersenden(deps)),
    // Rate-limit windows older than a day (konten/drosselung.ts).
    startPeriodicJob('drosselung', 60 * 60 * 1000, () => drosselungAufraeumen(deps)),
    // About six weeks before each Anmeldeschluss: one invitation per Unternehmen and session (dedupe keys).
    startPeriodicJob('pruefungseinladungen', 60 * 60 * 1000, () => pruefungseinladungenVersenden(deps)),
  ];
  const server = app.express.listen(config.port, () => {
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
    if (wantDemo) {
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
  if (error instanceof ConfigError) console.error(`Konfigurationsfehler: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
