import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutDocument } from '../graphql/session';
import { type LoginState } from './loginState';

/** Ends the session on the server, leaves the protected pages and forgets all cached data. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);

  async function abmelden() {
    try {
      await logout();
    } catch {
      // The session may already be gone; the user wants out either way.
    }
    const state: LoginState = { hinweis: 'Sie wurden abgemeldet.' };
    await navigate('/anmelden', { replace: true, state });
    await client.clearStore();
  }

  return { abmelden, loading };
}
