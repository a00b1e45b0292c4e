import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ERROR_MESSAGES } from '@portal/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { datenbankAusfall, dienstNichtVerfuegbar, meldeDatenbankAusfall } from '../http/datenbank-ausfall.js';
import type { Logger } from '../logging.js';
import type { GraphQLContext } from './context.js';
import { konfliktAntwort } from './konflikt.js';
import { anfrageMeldung, literalMeldung, regelMeldung, variablenMeldung } from './meldungen.js';

interface FieldError {
  field: string;
  message: string;
}

/** graphql-js's " Did you mean "x", "y", or "z"?" (names never contain a question mark). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export interface FormatErrorOptions {
  /**
   * Production: no suggestions of schema names in malformed-request messages. Apollo's
   * hideSchemaDetailsFromClientErrors strips them from validation errors only; variable coercion
   * (unknown input field, misspelled enum value) adds them too.
   */
  hideSchemaDetails?: boolean;
  /** The app's logger, for errors no request logger was remembered for (see fehlerLogPlugin). */
  log: Logger;
}

/**
 * The logger of the request an error belongs to. Apollo calls formatError without the request, so
 * the plugin below (and the context function, for its own errors) remembers it per error object.
 */
const loggerJeFehler = new WeakMap<object, Logger>();

/** Remembers `log` (a request's logger) for `error`, for formatError's log line. */
export function merkeFehlerLogger(error: unknown, log: Logger): void {
  if (typeof error === 'object' && error !== null) loggerJeFehler.set(error, log);
}

/** Apollo plugin: every error of a request is logged (if at all) with that request's id. */
export const fehlerLogPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) merkeFehlerLogger(error, contextValue.req.log);
      },
    };
  },
};

function loggerFuer(error: unknown, fallback: Logger): Logger {
  if (typeof error !== 'object' || error === null) return fallback;
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return loggerJeFehler.get(error) ?? (original ? loggerJeFehler.get(original) : undefined) ?? fallback;
}

/** graphql-js's parser refusing a document over the token limit (parseOptions.maxTokens). */
const TOKEN_LIMIT = /more th(?:an|at) (\d+) tokens/;

/**
 * The one place where errors become GraphQL errors: a stable code in `extensions.code`, a German
 * message, the field it concerns, and never a stack trace.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: FormatErrorOptions,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  const log = () => loggerFuer(error, options.log);
  // The database is stopped, frozen or unreachable (HTTP 503: http/datenbank-ausfall.ts).
  const ausfall = datenbankAusfall(error);
  if (ausfall) {
    meldeDatenbankAusfall(log(), ausfall, 'graphql');
    return dienstNichtVerfuegbar(path);
  }
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path,
      extensions: { code: original.code, field: original.field, ...original.details },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields: FieldError[] = original.extensions.validationErrors.flatMap((v) =>
      Object.values(v.constraints ?? {}).map((message) => ({
        field: v.property,
        message: regelMeldung(message),
      })),
    );
    return {
      message: fields[0]?.message ?? ERROR_MESSAGES.BAD_USER_INPUT,
      path,
      extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields },
    };
  }
  if (original instanceof AuthenticationError) {
    return { message: ERROR_MESSAGES.UNAUTHENTICATED, path, extensions: { code: 'UNAUTHENTICATED' } };
  }
  if (original instanceof AuthorizationError) {
    return { message: ERROR_MESSAGES.FORBIDDEN, path, extensions: { code: 'FORBIDDEN' } };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.eingabe === true) {
    // The input boundary (graphql/eingabe.ts): German message naming the field.
    return { message: formatted.message, extensions: { code, field: formatted.extensions.field } };
  }
  if (code === 'ANFRAGE_ZU_AUFWENDIG') {
    // The cost budget (graphql/limits.ts): the message is German and names the limit.
    return { message: formatted.message, extensions: formatted.extensions };
  }
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    return {
      message: `Die Anfrage ist zu groß (höchstens ${tokens[1]} Bausteine). Bitte fragen Sie weniger auf einmal ab.`,
      extensions: { code: 'ANFRAGE_ZU_AUFWENDIG' },
    };
  }
  const variable = code === 'BAD_USER_INPUT' ? variablenMeldung(formatted.message) : null;
  if (variable) {
    return { message: variable.message, path, extensions: { code, field: variable.field } };
  }
  const literal = code === 'GRAPHQL_VALIDATION_FAILED' ? literalMeldung(formatted.message) : null;
  if (literal) return { message: literal, extensions: { code } };
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT') {
    // Malformed documents or variables: say so in German, keep graphql-js's detail for developers.
    const detail = options.hideSchemaDetails ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    return {
      message: `Die Anfrage ist ungültig: ${detail}`,
      path,
      extensions: { code: code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : code },
    };
  }
  if (code === 'BAD_REQUEST') return { message: anfrageMeldung(formatted.message), extensions: { code } };
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
    return {
      message: 'Gespeicherte Anfragen (persisted queries) werden nicht unterstützt.',
      extensions: { code },
    };
  }
  // A unique violation the domain did not handle (graphql/konflikt.ts): a German conflict, 409.
  const konflikt = konfliktAntwort(original, path);
  if (konflikt) {
    log().warn(konflikt.log, 'Eindeutigkeit verletzt');
    return konflikt.antwort;
  }
  // The only errors that are logged with their stack: a client's mistake (every branch above) is
  // answered, not logged.
  log().error(
    { event: 'unerwarteter_fehler', ort: 'graphql', pfad: path?.join('.'), err: original },
    'unerwarteter Fehler',
  );
  return {
    message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
