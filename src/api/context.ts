import type { Config } from '../config.ts';
import type { GraphConnection } from '../graph/driver.ts';
import type { ReadGraph } from '../graph/read.ts';
import { authState, type AuthState } from './auth.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What the server shares between requests. */
export interface AppServices {
  graph: GraphConnection;
  config: Config;
  version: string;
}

/** What each request's resolvers see. */
export interface RequestContext extends AppServices {
  /** The graph for reads, with the request timeout as Neo4j transaction timeout. */
  reader: ReadGraph;
  loaders: Loaders;
  /** Whether the request carries a valid API key (mutations need one). */
  auth: AuthState;
}

export function createContext(services: AppServices, request?: Request): RequestContext {
  const reader: ReadGraph = { ...services.graph, readTimeoutMs: services.config.KHABAR_REQUEST_TIMEOUT_MS };
  return {
    ...services,
    reader,
    loaders: createLoaders(reader),
    auth: request ? authState(request.headers, services.config.KHABAR_API_KEYS) : 'missing',
  };
}

/** Fresh loaders: a long-lived subscription must not serve what it cached an hour ago. */
export function renewLoaders(ctx: RequestContext): void {
  ctx.loaders = createLoaders(ctx.reader);
}
