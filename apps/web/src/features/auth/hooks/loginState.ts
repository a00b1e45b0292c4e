/** What other pages tell the login page through the router's location state. */
export interface LoginState {
  /** Where the user wanted to go (path + search), e.g. "/verwaltung/benutzer". */
  from?: string;
  /** A notice such as "Ihre Sitzung ist abgelaufen." */
  hinweis?: string;
}

export function readLoginState(state: unknown): LoginState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, hinweis } = state as Record<string, unknown>;
  return {
    // Only paths inside the app: no "//host" or absolute URLs.
    from:
      typeof from === 'string' &&
      from.startsWith('/') &&
      !from.startsWith('//') &&
      from !== '/anmelden' &&
      !from.startsWith('/anmelden/')
        ? from
        : undefined,
    hinweis: typeof hinweis === 'string' ? hinweis : undefined,
  };
}
