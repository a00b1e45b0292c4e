import { ValidationError } from './errors.js';

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** Offset cursors: opaque to the client, stable enough for admin lists ordered by name. */
export function pageWindow(args: PageArgs): { skip: number; take: number } {
  const take = args.first ?? 50;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
    throw new ValidationError(
      'first',
      `Es können 1 bis ${MAX_PAGE_SIZE} Einträge auf einmal geladen werden.`,
    );
  }
  let skip = 0;
  if (args.after) {
    const decoded = Number(Buffer.from(args.after, 'base64url').toString('utf8'));
    // Safe integers only: a crafted cursor like "1e30" would otherwise reach the database as OFFSET.
    if (!Number.isSafeInteger(decoded) || decoded < 0)
      throw new ValidationError('after', 'Der Cursor ist ungültig.');
    skip = decoded + 1;
  }
  return { skip, take };
}

export function toPage<T>(items: T[], totalCount: number, window: { skip: number; take: number }): Page<T> {
  const last = window.skip + items.length - 1;
  return {
    items,
    totalCount,
    hasNextPage: window.skip + items.length < totalCount,
    endCursor: items.length > 0 ? Buffer.from(String(last), 'utf8').toString('base64url') : null,
  };
}
