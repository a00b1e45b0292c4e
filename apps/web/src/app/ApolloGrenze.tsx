import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';

/** The child routes get the Apollo client through context (router.tsx, `mitApollo`). */
export function ApolloGrenze({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <Outlet />
    </ApolloProvider>
  );
}
