import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What the UI needs from a failed request: the German message, the stable code, the input field. */
export interface ApiError {
  message: string;
  code?: string;
  field?: string;
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

export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      message: first?.message ?? 'Es ist ein unerwarteter Fehler aufgetreten.',
      code: asString(first?.extensions?.code),
      field: asString(first?.extensions?.field),
    };
  }
  if (ServerError.is(error)) {
    return {
      message: `Der Server hat die Anfrage nicht beantwortet (Status ${error.statusCode}). Bitte versuchen Sie es später erneut.`,
    };
  }
  return { message: NETZWERK_FEHLER };
}
