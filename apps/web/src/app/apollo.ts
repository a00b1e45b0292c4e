import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy, Reference } from '@apollo/client/cache';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { SITZUNG_BEENDET_CODES } from '../shared/lib/apiError';

const CSRF_COOKIE = 'portal_csrf';
const CSRF_HEADER = 'x-csrf-token';

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Double-submit CSRF protection: echo the JS-readable cookie in a header on every request. */
const csrfLink = new ApolloLink((operation, forward) => {
  const token = readCookie(CSRF_COOKIE);
  if (token) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, [CSRF_HEADER]: token },
    }));
  }
  return forward(operation);
});

interface Connection {
  nodes: readonly Reference[];
}

/** Cursor lists: a request with `after` appends to what is cached, one without replaces it. */
function connectionPolicy(keyArgs: string[] | false): FieldPolicy<Connection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/** Failed logins say why on their own page; they never mean that a session was lost. */
const LOGIN_OPERATIONEN: ReadonlySet<string> = new Set(['Login', 'LoginMitPin']);

export interface ApolloOptions {
  /** Called when the server says the session is gone (expired, logged out elsewhere, CSRF token lost). */
  onSessionLost: (error: { code: string; message: string }) => void;
  /** The Vertretung this session acted under was ended: the session is the person's own again. */
  onVertretungBeendet?: (message: string) => void;
}

export function createApolloClient({ onSessionLost, onVertretungBeendet }: ApolloOptions) {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error) || LOGIN_OPERATIONEN.has(operation.operationName ?? '')) return;
    for (const e of error.errors) {
      const code = String(e.extensions?.code);
      if (SITZUNG_BEENDET_CODES.has(code)) return onSessionLost({ code, message: e.message });
      if (code === 'VERTRETUNG_BEENDET') return onVertretungBeendet?.(e.message);
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([
      errorLink,
      csrfLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Me: { keyFields: false, merge: true },
        Abilities: { keyFields: false, merge: true },
        Arbeitsbereich: { keyFields: ['key'] },
        // Berichtsheft: days, abilities and list rows without an id are replaced as a whole.
        Nachweis: { fields: { tage: { merge: false }, abilities: { merge: false } } },
        BerichtsheftEinstellung: { keyFields: ['betriebsstaetteId', 'beruf', ['id']] },
        AuszubildendeUebersicht: { keyFields: ['vertragId'] },
        // "abgedeckt" belongs to one contract: never share a position between two contracts' answers.
        RahmenplanAbdeckung: { keyFields: false },
        Query: {
          fields: {
            benutzerverwaltung: connectionPolicy(['suche']),
            azubiVerwaltung: connectionPolicy(false),
            berichtsheftWochen: { merge: false },
            abdeckung: { merge: false },
          },
        },
      },
    }),
  });
}
