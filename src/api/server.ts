// The GraphQL server: graphql-yoga over node:http. `createApp` builds the yoga instance so tests
// can call `yoga.fetch` without a port; `startServer` listens and returns a close function.
//
// Protections, in the order a request meets them: CSRF (a non-simple request is required), parsing
// and validation limits from graphql-armor (tokens, depth, aliases, directives, static cost),
// introspection when allowed, the result-size limit (page sizes along nested lists), the request
// timeout, then masked errors on the way out. Page sizes are capped at 100 by the resolvers.
import { createServer, type Server } from 'node:http';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { AppError } from '../errors.ts';
import { isMigrated } from '../graph/migrate.ts';
import { useGraphExport } from '../export/http.ts';
import { scoped } from '../logger.ts';
import { createContext, type AppServices, type RequestContext } from './context.ts';
import { useDashboard } from './dashboard/index.ts';
import { maskError } from './errors.ts';
import { DEFAULT_QUERY, GRAPHIQL_TABS } from './examples.ts';
import { useRequestLog } from './plugins/request-log.ts';
import { useRequestTimeout } from './plugins/request-timeout.ts';
import { useResultSizeLimit } from './plugins/result-size-limit.ts';
import { createSchema } from './schema.ts';

const log = scoped({ component: 'api' });

/** Longest query document, in tokens. @default 3000 */
export const MAX_TOKENS = 3000;
/** Most directives in one document. @default 20 */
export const MAX_DIRECTIVES = 20;
/** The header a browser cannot send without a CORS preflight (yoga's default name). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Prometheus metrics kept: requests, their duration (HTTP and GraphQL), execution time and errors.
 * Left out, for their cost on every request: the deprecated-field counter (walks each document;
 * the schema deprecates nothing), the request-time summary (quantiles per observation; the
 * histograms give them), and the parse/validate/context phases (parse and validation are cached).
 */
const METRICS = {
  graphql_envelop_request: true,
  graphql_envelop_request_duration: true,
  graphql_envelop_phase_execute: true,
  graphql_envelop_phase_subscribe: true,
  graphql_envelop_error_result: true,
  graphql_yoga_http_duration: true,
  graphql_envelop_deprecated_field: false,
  graphql_envelop_request_time_summary: false,
  graphql_envelop_phase_parse: false,
  graphql_envelop_phase_validate: false,
  graphql_envelop_phase_context: false,
};

export type App = YogaServerInstance<Record<string, never>, RequestContext>;

export function createApp(services: AppServices): App {
  const { config } = services;
  // One registry per app: tests build several apps in one process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'khabar_' });
  const armor = new EnvelopArmor({
    maxDepth: { n: config.KHABAR_MAX_QUERY_DEPTH, ignoreIntrospection: true },
    costLimit: { maxCost: config.KHABAR_MAX_QUERY_COST, ignoreIntrospection: true },
    maxAliases: { n: config.KHABAR_MAX_ALIASES },
    maxTokens: { n: MAX_TOKENS },
    maxDirectives: { n: MAX_DIRECTIVES },
    // Field suggestions ("Did you mean …?") would reveal the schema that introspection hides.
    blockFieldSuggestion: { enabled: !config.KHABAR_INTROSPECTION },
  });
  // Plugin context types differ between packages (envelop's Record<string, unknown> vs yoga's); all run on yoga's.
  const plugins = [
    useRequestLog(log),
    useGraphExport(services), // GET /export/graph.{graphml,gexf,json}, /export/{nodes,relationships}.csv
    useDashboard(), // GET / and /dashboard/: the analyst dashboard (static files; it reads /graphql)
    useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
    ...armor.protect().plugins,
    ...(config.KHABAR_INTROSPECTION ? [] : [useDisableIntrospection()]),
    useResultSizeLimit(config.KHABAR_MAX_RESULT_NODES),
    useRequestTimeout(config.KHABAR_REQUEST_TIMEOUT_MS),
    usePrometheus({ endpoint: '/metrics', registry, skipIntrospection: true, metrics: METRICS }),
    useReadinessCheck({
      endpoint: '/readyz',
      // Ready: Neo4j answers and every migration is applied.
      check: async () => isMigrated(services.graph.driver, services.graph.database),
    }),
  ] as Plugin[];
  return createYoga<Record<string, never>, RequestContext>({
    schema: createSchema(),
    context: ({ request }) => createContext(services, request),
    // Internal errors reach clients as "Unexpected error."; AppErrors keep their message and code.
    maskedErrors: { maskError },
    graphiql: config.KHABAR_GRAPHIQL
      ? { title: 'khabar', defaultQuery: DEFAULT_QUERY, defaultTabs: GRAPHIQL_TABS, subscriptionsProtocol: 'SSE' }
      : false,
    renderGraphiQL,
    landingPage: false,
    healthCheckEndpoint: '/healthz',
    logging: {
      // yoga logs at debug on every request: build the line only when it is written.
      debug: (...args) => {
        if (log.isLevelEnabled('debug')) log.debug(args.map(String).join(' '));
      },
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    plugins,
  });
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(app: App, host: string, port: number): Promise<RunningServer> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new AppError('CONFIG_INVALID', `port ${port} on ${host} is in use`, { hint: 'Stop the other process or set PORT to a free port.' })
          : err,
      );
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${actualPort}${app.graphqlEndpoint}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
