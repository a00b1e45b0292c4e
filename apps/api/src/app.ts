import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { AppConfig } from '@portal/config';
import type { Database } from '@portal/db';
import { authenticateSession, type Clock, type DomainDeps, hashToken } from '@portal/domain';
import type { Mailer } from '@portal/mail';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { GraphQLContext } from './graphql/context.js';
import { eingabePlugin } from './graphql/eingabe.js';
import { fehlerLogPlugin, formatError, merkeFehlerLogger } from './graphql/errors.js';
import { konfliktPlugin } from './graphql/konflikt.js';
import { kostenPlugin, LIMITS, limitRules } from './graphql/limits.js';
import { createSchema } from './graphql/schema.js';
import { datenbankAusfallPlugin, kontextFehler } from './http/datenbank-ausfall.js';
import { devMailPage } from './http/dev-mails.js';
import { dokumentDownload } from './http/dokumente.js';
import { healthDetails, publicHealth } from './http/health.js';
import { jsonErrors } from './http/json-errors.js';
import { localOnly } from './http/local-only.js';
import { requestLog } from './http/request-log.js';
import { securityHeaders } from './http/security-headers.js';
import { CSRF_HEADER, sessionCookies } from './http/session-cookie.js';
import { spa } from './http/spa.js';
import { trustProxySetting } from './http/trust-proxy.js';
import { begrenzeGleichzeitigeAnfragen } from './http/ueberlast.js';
import { createLogger, type Logger } from './logging.js';

export interface AppDeps {
  config: AppConfig;
  db: Database;
  mailer: Mailer;
  clock: Clock;
  /** The JSON logger (logging.ts); default: one at LOG_LEVEL on stdout. Tests pass one with a capture. */
  logger?: Logger;
}

export interface App {
  express: Express;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * Never compressed: documents (/dokumente/:id, private files, PDFs are compressed already) and the
 * health checks (a few bytes). Everything else is when the client asks for it, the type is
 * compressible (JSON, HTML, JS, CSS, SVG; not images or archives) and it is at least 1 KB.
 */
const compressionFilter: compression.CompressionFilter = (req, res) =>
  !req.path.startsWith('/dokumente/') && !req.path.startsWith('/healthz') && compression.filter(req, res);

/** Builds the HTTP app: /graphql, /healthz and the SPA, all on one port. */
/**
 * GraphQL requests in flight on PGlite before more are refused with 503: about half a second of
 * queue at the week query's speed, far above what one person or the e2e run sends at once.
 */
const PGLITE_GLEICHZEITIG = 32;

export async function createApp({
  config,
  db,
  mailer,
  clock,
  logger = createLogger(config.logLevel),
}: AppDeps): Promise<App> {
  // The mailer lets invitation and reset mails be sent right away (konten/zustellung.ts).
  const deps: DomainDeps = {
    prisma: db.prisma,
    clock,
    publicUrl: config.publicUrl,
    mailer: mailer.configured ? mailer : undefined,
    log: logger,
  };
  const cookies = sessionCookies({ secret: config.appSecret, secure: config.production });
  const schema = await createSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // Bounded cost per request (graphql/limits.ts): tokens, aliases, depth, directives, cost.
    parseOptions: { maxTokens: LIMITS.TOKENS },
    validationRules: limitRules,
    // Every string checked and normalised before the domain sees it (graphql/eingabe.ts).
    // A database outage answers 503 (http/datenbank-ausfall.ts); an unhandled unique violation 409
    // (graphql/konflikt.ts).
    // Errors are logged with their request's id (graphql/errors.ts).
    plugins: [
      eingabePlugin(),
      kostenPlugin(schema),
      datenbankAusfallPlugin,
      konfliktPlugin,
      fehlerLogPlugin,
      // No HTTP caching of GraphQL answers; the default plugin would hook every resolved field.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Production answers name no schema element the client did not send ("Did you mean ...").
    formatError: (formatted, error) =>
      formatError(formatted, error, { hideSchemaDetails: config.production, log: logger }),
    logger: logger.child({ komponente: 'apollo' }),
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // Rejects simple (form-like) requests, so no cross-site page can post to /graphql.
    csrfPrevention: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // X-Request-Id, req.log and one log line per request (http/request-log.ts).
  app.use(requestLog(logger));
  // Which proxies may set X-Forwarded-For (req.ip feeds the rate limits): TRUST_PROXY, see docs/operations.md.
  app.set('trust proxy', trustProxySetting(config.trustProxy));
  if (config.production) app.use(securityHeaders());
  app.use(cookieParser());
  app.use(compression({ filter: compressionFilter }));

  // Anyone: only ok/degraded. Operators: the details, with HEALTH_TOKEN (docs/operations.md, "Health").
  app.get('/healthz', publicHealth(db));
  app.get('/healthz/details', healthDetails(config, db, mailer));

  // PINs and links from the outbox: development only, and only for requests from this machine.
  if (config.development) app.get('/dev/mails', localOnly(devMailPage(db.prisma)));
  // Documents (Zeugnisse) as downloads, authenticated by the session cookie.
  app.get('/dokumente/:id', dokumentDownload(deps, cookies));

  // The embedded database serves one statement at a time: shed load early (http/ueberlast.ts).
  if (db.kind === 'pglite') app.use('/graphql', begrenzeGleichzeitigeAnfragen(PGLITE_GLEICHZEITIG));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => {
        const sessionId = await cookies.read(req);
        // The first database access of a request with a session: an outage answers 503 from here.
        const auth = sessionId
          ? await authenticateSession(deps, sessionId).catch((error: unknown) => {
              // Apollo answers this without running the plugins: formatError finds the logger here.
              const fehler = kontextFehler(error);
              merkeFehlerLogger(error, req.log);
              merkeFehlerLogger(fehler, req.log);
              throw fehler;
            })
          : null;
        const header = req.get(CSRF_HEADER);
        const csrfOk =
          auth !== null && typeof header === 'string' && hashToken(header) === auth.csrfTokenHash;
        return {
          // The domain's warnings of this request carry its id.
          deps: { ...deps, log: req.log },
          viewer: csrfOk ? auth.viewer : null,
          csrfRejected: auth !== null && !csrfOk,
          vertretungBeendet: csrfOk && auth.vertretungBeendet === true,
          req,
          res,
          cookies,
        };
      },
    }),
  );

  app.use(jsonErrors);

  // The built SPA: hashed assets cached for a year, index.html revalidated (http/spa.ts).
  app.use(spa(config.webDist));

  return {
    express: app,
    logger,
    async stop() {
      await apollo.stop();
    },
  };
}
