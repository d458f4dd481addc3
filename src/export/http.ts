// Exports over HTTP, as a graphql-yoga plugin that answers under /export/ before GraphQL sees the
// request (mounted in src/api/server.ts: `plugins: [useGraphExport(services), …]`).
//
//   GET /export/graph.graphml | graph.gexf | graph.json     ?from=&to=&actors=&types=&withArticles=&flavor=
//   GET /export/nodes.csv | relationships.csv              (same filters)
//
// When KHABAR_API_KEYS is non-empty an `Authorization: Bearer <key>` header is required (401
// otherwise). The body is streamed from Neo4j as it is written; a bad query string is a 400 with a
// JSON error before anything is read. A Neo4j failure after the headers are sent can only abort
// the body: the client sees a truncated transfer, never a well-formed partial file.
import { createHash, timingSafeEqual } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { AppError, coerceError } from '../errors.ts';
import type { GraphConnection } from '../graph/driver.ts';
import { scoped } from '../logger.ts';
import { exportGraph, OutputClosedError } from './index.ts';
import { parseExportOptions, type ExportOptions, type RawExportOptions } from './options.ts';
import { CONTENT_TYPES } from './schema.ts';

const log = scoped({ component: 'export-http' });

export const EXPORT_PREFIX = '/export/';

/** What the handler needs from the server (AppServices has it). */
export interface ExportServices {
  graph: GraphConnection;
  config: Pick<Config, 'KHABAR_API_KEYS'>;
}

/** File name → the fixed part of the options. EXAMPLE: "graph.gexf" → { format: 'gexf' } */
const FILES: Readonly<Record<string, Pick<RawExportOptions, 'format' | 'csvPart'>>> = {
  'graph.graphml': { format: 'graphml' },
  'graph.gexf': { format: 'gexf' },
  'graph.json': { format: 'json' },
  'nodes.csv': { format: 'csv', csvPart: 'nodes' },
  'relationships.csv': { format: 'csv', csvPart: 'relationships' },
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when no keys are configured, or the request carries one of them (compared in constant time). */
export function authorized(request: Request, keys: readonly string[]): boolean {
  if (keys.length === 0) return true;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!m) return false;
  const given = digest(m[1]!);
  let ok = false;
  for (const key of keys) ok = timingSafeEqual(given, digest(key)) || ok;
  return ok;
}

function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function optionsOf(url: URL, fixed: Pick<RawExportOptions, 'format' | 'csvPart'>): ExportOptions {
  const q = url.searchParams;
  const get = (name: string) => q.get(name) ?? undefined;
  return parseExportOptions({
    ...fixed,
    from: get('from'),
    to: get('to'),
    actors: q.getAll('actors').join(',') || undefined,
    types: q.getAll('types').join(',') || undefined,
    withArticles: get('withArticles') ?? get('articles'),
    jsonFlavor: get('flavor') ?? get('jsonFlavor'),
  });
}

/** Answers one /export/ request; `null` for paths outside /export/. */
export async function handleExportRequest(request: Request, services: ExportServices): Promise<Response | null> {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(EXPORT_PREFIX)) return null;
  const file = url.pathname.slice(EXPORT_PREFIX.length);
  const fixed = FILES[file];
  if (!fixed) return jsonError(404, 'NOT_FOUND', `no export at ${url.pathname} (try ${Object.keys(FILES).map((f) => EXPORT_PREFIX + f).join(', ')})`);
  if (request.method !== 'GET' && request.method !== 'HEAD') return jsonError(405, 'BAD_INPUT', `${request.method} is not allowed here: use GET`, { allow: 'GET, HEAD' });
  if (!authorized(request, services.config.KHABAR_API_KEYS)) {
    return jsonError(401, 'UNAUTHENTICATED', 'an API key is required: send "Authorization: Bearer <key>"', { 'www-authenticate': 'Bearer realm="khabar"' });
  }
  let opts: ExportOptions;
  try {
    opts = optionsOf(url, fixed);
  } catch (err) {
    if (err instanceof AppError) return jsonError(400, err.code, err.message);
    throw err;
  }
  const headers = {
    'content-type': CONTENT_TYPES[opts.format],
    'content-disposition': `attachment; filename="khabar-${file}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });

  const body = new PassThrough();
  const started = performance.now();
  exportGraph(services.graph, opts, body).then(
    (stats) => {
      body.end();
      log.info(`Exported ${stats.nodes} nodes and ${stats.edges} edges to ${url.pathname} (${(performance.now() - started).toFixed(1)}ms)`);
    },
    (err: unknown) => {
      const error = coerceError(err);
      if (error instanceof OutputClosedError) log.debug(`Client left ${url.pathname} before the export finished`);
      else log.error({ err: error }, `Export to ${url.pathname} failed after the response started`);
      body.destroy(error);
    },
  );
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: 200, headers });
}

/** The yoga plugin: /export/ requests end here, everything else goes on to GraphQL. */
export function useGraphExport(services: ExportServices): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith(EXPORT_PREFIX)) return;
      const response = await handleExportRequest(request, services);
      if (response) endResponse(response);
    },
  };
}
