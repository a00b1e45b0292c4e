export type { Database, DatabaseKind, DatabaseOptions } from './database.js';
export { openDatabase } from './database.js';
export * from './generated/prisma/client.js';
export { listMigrations, runMigrations } from './migrate.js';
export { demoLogins, seedDemoData } from './seed.js';
