import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Configuration read once from the environment; the names are a contract with operators (see docs/operations.md). */
export interface AppConfig {
  production: boolean;
  /**
   * NODE_ENV unset or "development" (pnpm start, pnpm dev). Only then does the API serve the
   * developer pages (/dev/mails, /healthz/details without HEALTH_TOKEN), and only to this machine.
   */
  development: boolean;
  port: number;
  /** PostgreSQL URL; undefined means the embedded PGlite database in DATA_DIR. */
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  appSecret: string;
  /** Where the built SPA lives; served by the API on the same port. */
  webDist: string;
  publicUrl: string;
  /** How often this instance delivers the mail outbox (OUTBOX_INTERVAL_MS, default 5 s). */
  outboxIntervalMs: number;
  /** TRUST_PROXY: which proxies may set X-Forwarded-For ("loopback", a hop count, or addresses/CIDRs). */
  trustProxy?: string;
  /** HEALTH_TOKEN: bearer token for GET /healthz/details (operators, monitoring); unset = no token access. */
  healthToken?: string;
  /**
   * PostgreSQL timeouts (docs/operations.md, "Database faults"): DB_CONNECT_TIMEOUT_MS for a new
   * connection or a free place in the pool (default 5 s), DB_STATEMENT_TIMEOUT_MS for one statement
   * (default 5 s; the client gives up one second later, when the server does not answer at all).
   */
  databaseTimeouts: { connectMs: number; statementMs: number };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const development = !env.NODE_ENV || env.NODE_ENV === 'development';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new ConfigError(`PORT ist ungueltig: ${env.PORT}`);
  }
  // Relative to where the command was typed (pnpm runs package scripts in the package folder
  // and keeps the original directory in INIT_CWD), so `./data` is the repository's data folder.
  const dataDir = path.resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? './data');
  const appSecret = env.APP_SECRET ?? (production ? undefined : developmentSecret(dataDir));
  if (!appSecret) {
    throw new ConfigError('APP_SECRET muss in Produktion gesetzt sein (mindestens 32 Zeichen).');
  }
  if (appSecret.length < 32) {
    throw new ConfigError('APP_SECRET ist zu kurz (mindestens 32 Zeichen).');
  }
  const healthToken = env.HEALTH_TOKEN || undefined;
  if (healthToken !== undefined && !/^[A-Za-z0-9._~+/=-]{32,}$/.test(healthToken)) {
    throw new ConfigError(
      'HEALTH_TOKEN ist ungueltig (mindestens 32 Zeichen, nur Buchstaben, Ziffern und -._~+/=), z. B. `openssl rand -hex 32`.',
    );
  }
  const databaseTimeouts = {
    connectMs: milliseconds(env, 'DB_CONNECT_TIMEOUT_MS', 5000),
    statementMs: milliseconds(env, 'DB_STATEMENT_TIMEOUT_MS', 5000),
  };
  return {
    production,
    development,
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Ausbildungsportal <noreply@ausbildungsportal.example>',
    appSecret,
    webDist: path.resolve(env.WEB_DIST ?? new URL('../../../apps/web/dist', import.meta.url).pathname),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    outboxIntervalMs: Number(env.OUTBOX_INTERVAL_MS ?? 5000),
    trustProxy: env.TRUST_PROXY || undefined,
    healthToken,
    databaseTimeouts,
  };
}

/** A duration in milliseconds from the environment: a whole number from 100 to 600000. */
function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100 || value > 600_000) {
    throw new ConfigError(`${name} ist ungueltig: ${raw} (Millisekunden, 100 bis 600000).`);
  }
  return value;
}

/** In development the secret is generated once and kept in DATA_DIR, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'app-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
