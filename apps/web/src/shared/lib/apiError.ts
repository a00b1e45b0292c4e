import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What the UI needs from a failed request: the German message, the stable code, the input field. */
export interface ApiError {
  message: string;
  code?: string;
  field?: string;
  /** Findings of the plausibility check (NACHWEIS_UNPLAUSIBEL), each for one input field. */
  befunde?: Befund[];
  /** The server's current version when a save lost against another one (NACHWEIS_KONFLIKT). */
  aktuelleVersion?: number;
  /** No answer from the server at all, or a 5xx: worth trying again later. */
  verbindungsfehler?: boolean;
}

export interface Befund {
  field: string;
  message: string;
  severity: string;
}

export const NETZWERK_FEHLER =
  'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.';

/** Codes after which the session is gone and the user must log in again. */
export const SITZUNG_BEENDET_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'SESSION_ABGELAUFEN',
  'CSRF_UNGUELTIG',
]);

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function asBefunde(value: unknown): Befund[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message, severity } = item as Record<string, unknown>;
    const f = asString(field);
    const m = asString(message);
    return f && m ? [{ field: f, message: m, severity: asString(severity) ?? 'error' }] : [];
  });
}

export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = asString(first?.extensions?.code);
    const aktuelleVersion = first?.extensions?.aktuelleVersion;
    return {
      message: first?.message ?? 'Es ist ein unerwarteter Fehler aufgetreten.',
      code,
      field: asString(first?.extensions?.field),
      befunde: asBefunde(first?.extensions?.befunde),
      aktuelleVersion: typeof aktuelleVersion === 'number' ? aktuelleVersion : undefined,
      verbindungsfehler: code === 'INTERNAL_SERVER_ERROR' ? true : undefined,
    };
  }
  if (ServerError.is(error)) {
    return {
      message: `Der Server hat die Anfrage nicht beantwortet (Status ${error.statusCode}). Bitte versuchen Sie es später erneut.`,
      verbindungsfehler: error.statusCode >= 500 || error.statusCode === 408 || error.statusCode === 429,
    };
  }
  return { message: NETZWERK_FEHLER, verbindungsfehler: true };
}
