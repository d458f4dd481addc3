// Calls the GraphQL API in-process through yoga.fetch (no port).
import { createApp, type App } from '../../src/api/server.ts';
import { loadConfig } from '../../src/config.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';

export function createTestApp(graph: GraphConnection, env: Record<string, string> = {}): App {
  return createApp({ graph, config: loadConfig({ ...process.env, ...env }), version: 'test' });
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = any>(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}
