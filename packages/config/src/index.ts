import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** LOG_LEVEL: pino's levels; "silent" writes nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
  /** Origin of every link in mails (scheme, host, port; no trailing slash). Required in production. */
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
  /** LOG_LEVEL of the JSON log (default "info"). */
  logLevel: LogLevel;
  /**
   * Whether demo data goes into an empty database at start: DEMO_DATA=1 always, DEMO_DATA=0 never,
   * unset everywhere but in production.
   */
  demoData: boolean;
  /**
   * WORKERS: processes serving the API on the one port (node:cluster). Default: one per CPU core in
   * production with PostgreSQL, else 1. PGlite serves exactly one process.
   */
  workers: number;
}

/** The configuration cannot be used; `problems` holds one German sentence per wrong variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** A value as a message may show it: quoted, escaped, at most 60 characters. */
function zeige(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Unset and empty are the same ("PORT=" in a compose file means "not set"). */
const emptyIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);
const optional = <T extends z.ZodType>(schema: T) => emptyIsUnset(schema.optional());

/** A whole number from `min` to `max` written in decimal digits ("1e3", "5.0", " 5" are refused). */
function ganzzahl(name: string, min: number, max: number, erlaubt: string) {
  return z.string().transform((raw, ctx) => {
    const value = /^\d{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
    if (value >= min && value <= max) return value;
    ctx.issues.push({
      code: 'custom',
      input: raw,
      message: `${name} ist ungültig: ${zeige(raw)} (erlaubt: ${erlaubt}).`,
    });
    return z.NEVER;
  });
}

const millisekunden = (name: string) =>
  ganzzahl(name, 100, 600_000, 'ganze Millisekunden von 100 bis 600000; Standard 5000');

const LOCALHOST = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * PUBLIC_URL: the origin links in mails point to. An absolute http(s) URL without credentials,
 * path, query or fragment; in production https (plain http only for localhost, e.g. the e2e run).
 */
function publicUrl(production: boolean) {
  const erlaubt = production
    ? 'die öffentliche Adresse mit https, ohne Pfad und Parameter, z. B. https://portal.example.de; http nur für localhost'
    : 'eine absolute http(s)-Adresse ohne Pfad und Parameter, z. B. https://portal.example.de; leer heißt http://localhost:PORT';
  return z
    .string({ error: `PUBLIC_URL muss in Produktion gesetzt sein (${erlaubt}).` })
    .transform((raw, ctx) => {
      const url = parseUrl(raw);
      const ok =
        url !== null &&
        /^https?:\/\//i.test(raw) &&
        url.hostname !== '' &&
        url.username === '' &&
        url.password === '' &&
        url.pathname === '/' &&
        url.search === '' &&
        url.hash === '' &&
        !raw.includes('?') &&
        !raw.includes('#') &&
        (!production || url.protocol === 'https:' || LOCALHOST.has(url.hostname));
      if (url && ok) return url.origin;
      ctx.issues.push({
        code: 'custom',
        input: raw,
        message: `PUBLIC_URL ist ungültig: ${zeige(raw)} (${erlaubt}).`,
      });
      return z.NEVER;
    });
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** TRUST_PROXY items: express's names for address ranges, or an address with an optional prefix length. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function proxyEintragOk(eintrag: string): boolean {
  if (PROXY_NAMES.has(eintrag)) return true;
  const [address, prefix, ...rest] = eintrag.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (version === 4 ? 32 : 128);
  return version === 4 && isIP(prefix) === 4; // a netmask such as 255.255.0.0
}

const trustProxy = z.string().refine(
  (raw) => {
    const value = raw.trim();
    if (/^\d{1,2}$/.test(value)) return true;
    const eintraege = value.split(',').map((s) => s.trim());
    return eintraege.every((eintrag) => eintrag !== '' && proxyEintragOk(eintrag));
  },
  {
    error: (issue) =>
      `TRUST_PROXY ist ungültig: ${zeige(issue.input)} (erlaubt: loopback, eine Anzahl Proxy-Stationen wie 1, oder Adressen/CIDRs der Load Balancer mit Komma getrennt, z. B. 10.0.0.0/8; nie "true").`,
  },
);

/** "Name <adresse@domain>" or "adresse@domain"; no line breaks (it becomes a mail header). */
const MAIL_FROM = /^(?:[^\r\n<>]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/**
 * Every variable the app reads. Messages name the variable and what is allowed; secrets and URLs
 * that may carry passwords (APP_SECRET, HEALTH_TOKEN, DATABASE_URL, SMTP_URL) are never echoed.
 */
function environmentSchema(production: boolean) {
  return z.object({
    NODE_ENV: optional(
      z.enum(['development', 'production', 'test'], {
        error: (issue) =>
          `NODE_ENV ist ungültig: ${zeige(issue.input)} (erlaubt: development, production oder test; leer heißt development).`,
      }),
    ),
    PORT: optional(ganzzahl('PORT', 1, 65535, 'ganze Zahl von 1 bis 65535; Standard 3000')),
    DATABASE_URL: optional(
      z.url({
        protocol: /^postgres(?:ql)?$/,
        error:
          'DATABASE_URL ist ungültig (erlaubt: eine PostgreSQL-Adresse postgresql://… oder postgres://…; leer heißt eingebettete Datenbank in DATA_DIR).',
      }),
    ),
    DATA_DIR: optional(
      z.string().refine((value) => !value.includes('\0'), { error: 'DATA_DIR ist kein gültiger Pfad.' }),
    ),
    SMTP_URL: optional(
      z.url({
        protocol: /^smtps?$/,
        hostname: /./,
        error:
          'SMTP_URL ist ungültig (erlaubt: smtp://… oder smtps://… mit Rechnername, z. B. smtp://benutzer:passwort@mail.example.de:587).',
      }),
    ),
    MAIL_FROM: optional(
      z.string().regex(MAIL_FROM, {
        error: (issue) =>
          `MAIL_FROM ist ungültig: ${zeige(issue.input)} (erlaubt: "Name <adresse@domain.de>" oder "adresse@domain.de").`,
      }),
    ),
    // Outside production a missing secret is generated into DATA_DIR (developmentSecret).
    APP_SECRET: (production ? emptyIsUnset : optional)(
      z
        .string({ error: 'APP_SECRET muss in Produktion gesetzt sein (mindestens 32 Zeichen).' })
        .min(32, { error: 'APP_SECRET ist zu kurz (mindestens 32 Zeichen).' }),
    ),
    WEB_DIST: optional(
      z.string().refine((value) => !value.includes('\0'), { error: 'WEB_DIST ist kein gültiger Pfad.' }),
    ),
    PUBLIC_URL: production ? emptyIsUnset(publicUrl(true)) : optional(publicUrl(false)),
    OUTBOX_INTERVAL_MS: optional(
      ganzzahl(
        'OUTBOX_INTERVAL_MS',
        500,
        3_600_000,
        'ganze Millisekunden von 500 bis 3600000, also 0,5 s bis 1 Stunde; Standard 5000',
      ),
    ),
    TRUST_PROXY: optional(trustProxy),
    HEALTH_TOKEN: optional(
      z.string().regex(/^[A-Za-z0-9._~+/=-]{32,}$/, {
        error:
          'HEALTH_TOKEN ist ungültig (mindestens 32 Zeichen, nur Buchstaben, Ziffern und -._~+/=), z. B. `openssl rand -hex 32`.',
      }),
    ),
    DB_CONNECT_TIMEOUT_MS: optional(millisekunden('DB_CONNECT_TIMEOUT_MS')),
    DB_STATEMENT_TIMEOUT_MS: optional(millisekunden('DB_STATEMENT_TIMEOUT_MS')),
    LOG_LEVEL: optional(
      z.enum(LOG_LEVELS, {
        error: (issue) =>
          `LOG_LEVEL ist ungültig: ${zeige(issue.input)} (erlaubt: ${LOG_LEVELS.join(', ')}; Standard info).`,
      }),
    ),
    DEMO_DATA: optional(
      z.enum(['0', '1'], {
        error: (issue) =>
          `DEMO_DATA ist ungültig: ${zeige(issue.input)} (erlaubt: 1 = Demodaten in eine leere Datenbank laden, 0 = nie; leer heißt außer in Produktion).`,
      }),
    ),
    WORKERS: optional(
      ganzzahl(
        'WORKERS',
        1,
        64,
        'ganze Zahl von 1 bis 64; Standard: je CPU-Kern ein Prozess in Produktion mit PostgreSQL, sonst 1',
      ),
    ),
    // Set by pnpm to the directory the command was typed in (see dataDir below); not validated.
    INIT_CWD: z.string().optional(),
  });
}

/**
 * Reads and validates the environment. Every wrong variable is reported at once (ConfigError, one
 * line each); nothing is written before the whole configuration is valid.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const parsed = environmentSchema(production).safeParse(env);
  if (!parsed.success) {
    throw new ConfigError([...new Set(parsed.error.issues.map((issue) => issue.message))]);
  }
  const v = parsed.data;
  const development = v.NODE_ENV === undefined || v.NODE_ENV === 'development';
  const port = v.PORT ?? 3000;
  // Relative to where the command was typed (pnpm runs package scripts in the package folder
  // and keeps the original directory in INIT_CWD), so `./data` is the repository's data folder.
  const dataDir = path.resolve(v.INIT_CWD ?? process.cwd(), v.DATA_DIR ?? './data');
  const appSecret = v.APP_SECRET ?? developmentSecret(dataDir);
  if (appSecret.length < 32) {
    throw new ConfigError([
      `APP_SECRET ist zu kurz (mindestens 32 Zeichen; die Datei ${dataDir}/app-secret).`,
    ]);
  }
  if (v.WORKERS !== undefined && v.WORKERS > 1 && !v.DATABASE_URL) {
    throw new ConfigError([
      `WORKERS=${v.WORKERS} ist ungültig ohne DATABASE_URL: mehr als ein Prozess braucht PostgreSQL, die eingebettete Datenbank dient genau einem Prozess.`,
    ]);
  }
  const workers = v.WORKERS ?? (production && v.DATABASE_URL ? availableParallelism() : 1);
  return {
    production,
    development,
    port,
    databaseUrl: v.DATABASE_URL,
    dataDir,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM ?? 'Ausbildungsportal <noreply@ausbildungsportal.example>',
    appSecret,
    webDist: path.resolve(v.WEB_DIST ?? new URL('../../../apps/web/dist', import.meta.url).pathname),
    publicUrl: v.PUBLIC_URL ?? `http://localhost:${port}`,
    outboxIntervalMs: v.OUTBOX_INTERVAL_MS ?? 5000,
    trustProxy: v.TRUST_PROXY,
    healthToken: v.HEALTH_TOKEN,
    databaseTimeouts: {
      connectMs: v.DB_CONNECT_TIMEOUT_MS ?? 5000,
      statementMs: v.DB_STATEMENT_TIMEOUT_MS ?? 5000,
    },
    logLevel: v.LOG_LEVEL ?? 'info',
    demoData: v.DEMO_DATA === undefined ? !production : v.DEMO_DATA === '1',
    workers,
  };
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
