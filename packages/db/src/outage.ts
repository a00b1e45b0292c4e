/**
 * Errors that mean "the database is not there right now" (stopped, frozen, unreachable, overloaded,
 * cut off) rather than "this request is wrong": the API answers them with 503 and a German
 * "vorübergehend nicht erreichbar" instead of an unexpected error (docs/operations.md, "Database faults").
 *
 * They arrive in several shapes, depending on where the driver stack noticed:
 * - Prisma's known request errors (P1001 unreachable, P1002/P1008 timed out, P1017 connection
 *   closed, P2024 no connection from the pool, P2037 too many connections);
 * - adapter-pg's DriverAdapterError, whose `cause` has a `kind` (DatabaseNotReachable, ...) or the
 *   PostgreSQL SQLSTATE of kind "postgres" (57014 statement timeout, 57P01 shutdown, 08xxx, ...);
 * - pg's own errors, passed through unchanged ("Connection terminated unexpectedly", "Query read
 *   timeout", pg-pool's "timeout exceeded when trying to connect", "... not queryable");
 * - Node socket errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT, ...).
 */

const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);

const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/**
 * SQLSTATEs: class 08 (connection exception), 57014 (query_canceled: statement_timeout), 57P01-57P05
 * (admin/crash shutdown, cannot connect now, idle session timeout), 53300 (too many connections),
 * 25P03 (idle_in_transaction_session_timeout), 40P01 is not one (a deadlock is the request's own).
 */
const SQLSTATE = /^(08...|57014|57P0[1-5]|53300|25P03)$/;

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);

/** pg and pg-pool messages for a connection that failed, broke or did not answer in time. */
const DRIVER_MESSAGE =
  /^(Connection terminated|Query read timeout|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Connection ended unexpectedly)/;

/**
 * Why `error` means the database is unavailable (a short code or message for the log: "P1001",
 * "57014", "ECONNREFUSED", "Query read timeout", ...), or undefined for every other error. Follows
 * `cause`, `originalError` (GraphQL) and Prisma's `meta.driverAdapterError`.
 */
export function databaseOutageReason(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 10) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const reason = ownReason(current as Record<string, unknown>);
    if (reason) return reason;
    const { cause, originalError, meta } = current as {
      cause?: unknown;
      originalError?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    queue.push(cause, originalError, meta?.driverAdapterError);
  }
  return undefined;
}

function ownReason(error: Record<string, unknown>): string | undefined {
  const code = typeof error.code === 'string' ? error.code : undefined;
  const kind = typeof error.kind === 'string' ? error.kind : undefined;
  const message = typeof error.message === 'string' ? error.message : '';
  if (code && PRISMA_CODES.has(code)) return code;
  if (code && SOCKET_CODES.has(code)) return code;
  // A PostgreSQL error from pg (severity set) or a DriverAdapterError's cause of kind "postgres".
  if (code && SQLSTATE.test(code) && (typeof error.severity === 'string' || kind === 'postgres')) return code;
  if (kind && ADAPTER_KINDS.has(kind)) return kind;
  if (DRIVER_MESSAGE.test(message)) return message.split('\n')[0];
  return undefined;
}
