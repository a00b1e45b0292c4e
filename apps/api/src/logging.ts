import type { LogLevel } from '@portal/config';
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/**
 * Keys whose values never reach the log, wherever a caller put them (top level or one level deep,
 * e.g. an error's `meta`). Nothing logs them on purpose: this is the net under mistakes.
 */
const GEHEIM = [
  'cookie',
  'cookies',
  'authorization',
  'password',
  'passwort',
  'neuesPasswort',
  'altesPasswort',
  'passwordHash',
  'token',
  'csrfToken',
  'pin',
  'secret',
  'appSecret',
  'healthToken',
  'smtpUrl',
  'databaseUrl',
];
const REDACT_PATHS = [
  ...GEHEIM,
  ...GEHEIM.map((key) => `*.${key}`),
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'headers["set-cookie"]',
  'res.headers["set-cookie"]',
];

/**
 * The API's one logger: one JSON object per line on stdout (or `destination`, e.g. a test's
 * capture), `{"level":"info","time":"<ISO 8601>","pid":…,"hostname":…,…,"msg":…}`. Level names as
 * words, errors under `err` with type, message and stack. See docs/operations.md, "Logs".
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[entfernt]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
