import type { ApolloServerPlugin } from '@apollo/server';
import { isUniqueViolation, uniqueViolationTarget } from '@portal/db';
import { ERROR_MESSAGES } from '@portal/domain';
import type { GraphQLFormattedError } from 'graphql';
import { datenbankAusfall } from '../http/datenbank-ausfall.js';

/**
 * The safety net for unique-violation races (docs/architecture.md, "Parallel requests"): the domain
 * turns every race it knows into an outcome (idempotent, or a DomainError naming the conflict). A
 * unique violation that still reaches the API is answered as a German conflict, code CONFLICT and
 * HTTP 409, instead of INTERNAL_SERVER_ERROR; the log line names the operation and the unique
 * fields, so the place can be handled in the domain.
 */
export const KONFLIKT = 'CONFLICT';

export interface Konflikt {
  antwort: GraphQLFormattedError;
  /** For one warning line (no stack, no values: only the field names of the constraint). */
  log: { event: 'eindeutigkeit_verletzt'; ort: 'graphql'; pfad?: string; felder?: string[] };
}

export function konfliktAntwort(error: unknown, path?: readonly (string | number)[]): Konflikt | undefined {
  if (!isUniqueViolation(error)) return undefined;
  return {
    antwort: { message: ERROR_MESSAGES.CONFLICT, path, extensions: { code: KONFLIKT } },
    log: {
      event: 'eindeutigkeit_verletzt',
      ort: 'graphql',
      pfad: path?.join('.'),
      felder: uniqueViolationTarget(error),
    },
  };
}

/** The response is 409 when an error is a unique violation (a database outage's 503 goes first). */
export const konfliktPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors(requestContext) {
        const { errors } = requestContext;
        if (errors.some((e) => isUniqueViolation(e)) && !errors.some((e) => datenbankAusfall(e))) {
          requestContext.response.http.status = 409;
        }
      },
    };
  },
};
