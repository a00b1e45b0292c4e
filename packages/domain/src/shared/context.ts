import type { PrismaClient } from '@portal/db';
import type { Clock } from './clock.js';

/** What every domain service needs from the outside world. */
export interface DomainDeps {
  prisma: PrismaClient;
  clock: Clock;
  /** Base URL for links in e-mails; defaults to http://localhost:3000. */
  publicUrl?: string;
}

export const linkTo = (deps: DomainDeps, path: string) =>
  `${deps.publicUrl ?? 'http://localhost:3000'}${path}`;
