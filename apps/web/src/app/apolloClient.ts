import type { ApolloClient } from '@apollo/client';
import type { ApolloOptions } from './apollo';

let optionen: ApolloOptions | undefined;
let client: Promise<ApolloClient> | undefined;

/** main.tsx, once: what the client does when the server ends the session or the Vertretung. */
export function apolloEinrichten(options: ApolloOptions) {
  optionen = options;
}

/**
 * The app's one Apollo client, created on first use. Apollo is a chunk of its own (about 50 KiB
 * gzip): the pages with data load it through their route (router.tsx), the login page shows
 * without it and fetches it in the background (features/auth/anmeldung.ts).
 */
export function apolloClient(): Promise<ApolloClient> {
  const options = optionen;
  if (!options) return Promise.reject(new Error('apolloEinrichten() wurde nicht aufgerufen.'));
  client ??= import('./apollo').then(
    ({ createApolloClient }) => createApolloClient(options),
    (error: unknown) => {
      // A failed chunk download (offline for a moment) is tried again on the next use.
      client = undefined;
      throw error;
    },
  );
  return client;
}
