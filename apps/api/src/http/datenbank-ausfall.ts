import type { ApolloServerPlugin } from '@apollo/server';
import { databaseOutageReason } from '@portal/db';
import { ERROR_MESSAGES } from '@portal/domain';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logging.js';
import { WIEDERHOLEN_NACH_SEKUNDEN } from './ueberlast.js';

/**
 * The one place where "the database is not there" becomes an answer (docs/operations.md, "Database
 * faults"): HTTP 503, code DIENST_NICHT_VERFUEGBAR, the German message from ERROR_MESSAGES, and one
 * structured warning in the log (no stack trace: the cause is outside the app). Which errors count
 * is decided by databaseOutageReason in @portal/db (connection refused, cut, timed out, ...).
 *
 * Used by: the GraphQL context (the session is read before any resolver), the Apollo plugin and
 * formatError (errors in resolvers), and jsonErrors (Express routes such as /dokumente/:id).
 */
export const DIENST_NICHT_VERFUEGBAR = 'DIENST_NICHT_VERFUEGBAR';

/** Why the database counts as unavailable for this error, or undefined when it is another error. */
export const datenbankAusfall = (error: unknown): string | undefined => databaseOutageReason(error);

/** The body of every such answer, for GraphQL and the JSON routes alike. */
export function dienstNichtVerfuegbar(path?: readonly (string | number)[]) {
  return {
    message: ERROR_MESSAGES.DIENST_NICHT_VERFUEGBAR,
    ...(path ? { path } : {}),
    extensions: { code: DIENST_NICHT_VERFUEGBAR },
  };
}

/**
 * One line per failed request or job run, no stack:
 * `{"level":"warn",…,"requestId":"…","event":"datenbank_nicht_erreichbar","ort":"graphql","grund":"P1001"}`.
 */
export function meldeDatenbankAusfall(log: Logger, grund: string, ort: string) {
  log.warn({ event: 'datenbank_nicht_erreichbar', ort, grund }, 'Datenbank nicht erreichbar');
}

/**
 * For the GraphQL context function: Apollo answers an error thrown there with 500 ("Context creation
 * failed: ..."), unless it is a GraphQLError that names its HTTP status. formatError then turns it
 * into the German answer (it finds the database error as originalError).
 */
export function kontextFehler(error: unknown): unknown {
  if (!datenbankAusfall(error)) return error;
  return new GraphQLError(ERROR_MESSAGES.DIENST_NICHT_VERFUEGBAR, {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      code: DIENST_NICHT_VERFUEGBAR,
      http: {
        status: 503,
        headers: new Map([['retry-after', String(WIEDERHOLEN_NACH_SEKUNDEN.datenbankAusfall)]]),
      },
    },
  });
}

/** Errors in resolvers: the response gets 503 when one of them is a database outage. */
export const datenbankAusfallPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors(requestContext) {
        if (requestContext.errors.some((error) => datenbankAusfall(error))) {
          requestContext.response.http.status = 503;
          requestContext.response.http.headers.set(
            'retry-after',
            String(WIEDERHOLEN_NACH_SEKUNDEN.datenbankAusfall),
          );
        }
      },
    };
  },
};
