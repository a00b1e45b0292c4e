/**
 * Whether `error` is a unique violation (SQLSTATE 23505), in each shape the driver stack produces:
 * - Prisma's known request error P2002 (model operations) whose `meta.driverAdapterError.cause` is
 *   `{ kind: 'UniqueConstraintViolation', originalCode: '23505', constraint }`: adapter-pg 7 names
 *   the index (`constraint: { index: 'Kammer_kurzname_key' }`), the PGlite adapter (0.7) the
 *   columns (`constraint: { fields: ['kurzname'] }`);
 * - P2010 (raw queries) with the same `meta.driverAdapterError`;
 * - a bare DriverAdapterError whose `cause` is `{ kind: 'postgres', code: '23505' }` (what the
 *   PGlite adapter threw before 0.7);
 * - pg's own error (`code: '23505'` with a severity).
 * Follows `cause`, `originalError` (GraphQL) and `meta.driverAdapterError`. The shapes of the real
 * stack are checked on both databases by packages/db/test/unique-violation.int.test.ts.
 *
 * The domain turns the unique violations it expects into outcomes (docs/architecture.md, "Parallel
 * requests"); the API maps any other one to a German conflict answer instead of an unexpected error.
 */
export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as Record<string, unknown>;
    if (e.code === 'P2002' || e.kind === 'UniqueConstraintViolation' || e.originalCode === '23505')
      return true;
    if (e.code === '23505' && (e.kind === 'postgres' || typeof e.severity === 'string')) return true;
    const meta = e.meta as { driverAdapterError?: unknown } | undefined;
    queue.push(e.cause, e.originalError, meta?.driverAdapterError);
  }
  return false;
}

/**
 * The unique fields or the constraint a violation names, for the log: `["email"]` (PGlite adapter),
 * `["User_email_key"]` (adapter-pg 7, pg), or undefined.
 */
export function uniqueViolationTarget(error: unknown): string[] | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const e = current as Record<string, unknown>;
    const meta = e.meta as { target?: unknown; driverAdapterError?: unknown } | undefined;
    if (Array.isArray(meta?.target)) return meta.target.map(String);
    const constraint = e.constraint as { fields?: unknown; index?: unknown } | undefined;
    if (Array.isArray(constraint?.fields)) return constraint.fields.map(String);
    if (typeof constraint?.index === 'string') return [constraint.index];
    if (typeof e.constraint === 'string') return [e.constraint];
    queue.push(e.cause, e.originalError, meta?.driverAdapterError);
  }
  return undefined;
}
