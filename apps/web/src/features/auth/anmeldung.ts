import { apolloClient } from '../../app/apolloClient';
import type { MeQuery } from '../../gql/graphql';
import { type ApiError, toApiError } from '../../shared/lib/apiError';
import { LoginDocument, LoginMitPinDocument, MeDocument } from './graphql/session';

/** The secret: the password (`/anmelden`) or the PIN of an Ausbildungsbeauftragte/r (`/anmelden/pin`). */
export type Anmeldeart = 'password' | 'pin';

export type Anmeldeergebnis = { me: MeQuery['me'] } | { fehler: ApiError };

/**
 * The login with Apollo. The login form imports this module only after it is shown (Apollo is
 * the largest chunk; see app/apolloClient.ts), right away in the background and at the latest
 * when the form is submitted.
 */
export async function anmelden(art: Anmeldeart, email: string, geheimnis: string): Promise<Anmeldeergebnis> {
  const client = await apolloClient();
  try {
    const me =
      art === 'pin'
        ? (
            await client.mutate({
              mutation: LoginMitPinDocument,
              variables: { input: { email, pin: geheimnis } },
            })
          ).data?.loginMitPin
        : (
            await client.mutate({
              mutation: LoginDocument,
              variables: { input: { email, password: geheimnis } },
            })
          ).data?.login;
    if (!me) return { me: null };
    // Nothing cached from before the login may show; the shell starts with the new `me`.
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me } });
    return { me };
  } catch (error) {
    return { fehler: toApiError(error) };
  }
}

/** Loads Apollo and creates the client while the user types. */
export async function vorbereiten(): Promise<void> {
  await apolloClient();
}
