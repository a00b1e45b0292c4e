import type { PrismaClient } from '@portal/db';
import type { Clock } from './clock.js';

/** What every domain service needs from the outside world. */
export interface DomainDeps {
  prisma: PrismaClient;
  clock: Clock;
}
