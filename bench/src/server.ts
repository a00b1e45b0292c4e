import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '@portal/api/app';
import { loadConfig } from '@portal/config';
import type { Database } from '@portal/db';
import { systemClock } from '@portal/domain';
import { createMailer } from '@portal/mail';

/**
 * The production app over `db` on an ephemeral loopback port. `logLevel` 'error' keeps a run under
 * overload quiet (every 503 is a warning); the load generator counts them.
 */
export async function startBenchApp(db: Database, options: { logLevel?: 'warn' | 'error' } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'));
  const config = loadConfig({
    APP_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    PUBLIC_URL: 'http://localhost:3000',
    WEB_DIST: path.join(tmpdir(), 'portal-no-web'),
    // The benchmark measures the app, not the terminal: no request lines.
    LOG_LEVEL: options.logLevel ?? 'warn',
  });
  const app = await createApp({
    config,
    db,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom }),
    clock: systemClock,
  });
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The HTTP server, for benchmarks that watch single requests (limits.bench.ts). */
    http: server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
