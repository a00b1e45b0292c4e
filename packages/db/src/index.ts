export type {
  Database,
  DatabaseKind,
  DatabaseLogger,
  DatabaseOptions,
  DatabaseTimeouts,
} from './database.js';
export { DEFAULT_DATABASE_TIMEOUTS, openDatabase, QUERY_TIMEOUT_MARGIN_MS } from './database.js';
export * from './generated/prisma/client.js';
export { listMigrations, runMigrations } from './migrate.js';
export { databaseOutageReason } from './outage.js';
export { demoLogins, seedDemoData } from './seed.js';
export { isUniqueViolation, uniqueViolationTarget } from './unique-violation.js';
