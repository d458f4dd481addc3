// The GraphQL server: graphql-yoga over node:http. `createApp` builds the yoga instance so tests
// can call `yoga.fetch` without a port; `startServer` listens and returns a close function.
import { createServer, type Server } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { isMigrated } from '../graph/migrate.ts';
import { AppError } from '../errors.ts';
import { scoped } from '../logger.ts';
import { createContext, type AppServices, type RequestContext } from './context.ts';
import { createSchema } from './schema.ts';

const log = scoped({ component: 'api' });

export const EXAMPLE_QUERY = `# khabar: events, actors and who met whom, from Persian, Arabic and English news.
{
  articles(first: 5) {
    totalCount
    edges { node { id publishedAt language outlet status } }
  }
}
`;

export type App = YogaServerInstance<Record<string, never>, RequestContext>;

export function createApp(services: AppServices): App {
  return createYoga<Record<string, never>, RequestContext>({
    schema: createSchema(),
    context: () => createContext(services),
    // Internal errors reach clients as "Unexpected error."; AppErrors keep their code.
    maskedErrors: true,
    graphiql: services.config.KHABAR_GRAPHIQL ? { title: 'khabar', defaultQuery: EXAMPLE_QUERY } : false,
    renderGraphiQL,
    landingPage: false,
    healthCheckEndpoint: '/healthz',
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.error(args.map(String).join(' ')),
    },
    plugins: [
      useReadinessCheck({
        endpoint: '/readyz',
        // Ready: Neo4j answers and every migration is applied.
        check: async () => isMigrated(services.graph.driver, services.graph.database),
      }),
    ],
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
