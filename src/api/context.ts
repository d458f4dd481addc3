import type { Config } from '../config.ts';
import type { GraphConnection } from '../graph/driver.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What the server shares between requests. */
export interface AppServices {
  graph: GraphConnection;
  config: Config;
  version: string;
}

/** What each request's resolvers see. */
export interface RequestContext extends AppServices {
  loaders: Loaders;
}

export function createContext(services: AppServices): RequestContext {
  return { ...services, loaders: createLoaders(services.graph) };
}
