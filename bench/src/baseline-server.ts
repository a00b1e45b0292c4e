// The bare-Apollo baseline: Apollo Server 5 on express 5 answering `{ ok }`, nothing else (no
// session, no cookies, no plugins, no compression), in a process of its own. The packages are the
// API's own installation (resolved from apps/api), so the versions are the portal's by construction.
// Started by portal.bench.ts with fork(); reports its port over IPC and runs until killed.
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

interface Apollo {
  start(): Promise<void>;
}
type Handler = (...args: unknown[]) => void;
interface ExpressApp {
  use(path: string, ...handlers: Handler[]): void;
  disable(setting: string): void;
  listen(port: number, host: string, callback: () => void): Server;
}
type Express = (() => ExpressApp) & { json(options?: { limit?: string }): Handler };

const vonApi = createRequire(fileURLToPath(import.meta.resolve('@portal/api/app')));
const { ApolloServer } = vonApi('@apollo/server') as {
  ApolloServer: new (options: { typeDefs: string; resolvers: unknown }) => Apollo;
};
const { expressMiddleware } = vonApi('@as-integrations/express5') as {
  expressMiddleware(server: Apollo): Handler;
};
const express = vonApi('express') as Express;

const apollo = new ApolloServer({
  typeDefs: 'type Query { ok: Boolean! }',
  resolvers: { Query: { ok: () => true } },
});
await apollo.start();
const app = express();
app.disable('x-powered-by');
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
const server = app.listen(0, '127.0.0.1', () => {
  const port = (server.address() as AddressInfo).port;
  if (process.send) process.send({ port });
  else console.log(`bare Apollo on http://127.0.0.1:${port}/graphql`);
});
