// Streaming graph exports. One read session, two queries (nodes, then edges), each consumed with
// `for await` so the driver pulls the next batch only when we ask; every piece of text goes to the
// writable through a small buffer that waits for 'drain' when the writable is full. The graph is
// never held in memory: only a Set of the exported node ids (to skip a repeated node and an edge
// whose end was not exported, which the queries never produce but a viewer would choke on).
//
//   await exportGraph(graph, parseExportOptions({ format: 'gexf', from: '2025-07' }), process.stdout);
import type { Writable } from 'node:stream';
import neo4j from 'neo4j-driver';
import type { GraphConnection } from '../graph/driver.ts';
import { toAppError } from '../graph/driver.ts';
import { scoped } from '../logger.ts';
import { createCsvNodesWriter, createCsvRelationshipsWriter } from './csv.ts';
import { createGexfWriter } from './gexf.ts';
import { createGraphmlWriter } from './graphml.ts';
import { createJsonWriter } from './json.ts';
import type { ExportOptions } from './options.ts';
import { EXPORT_EDGES, EXPORT_NODES, type ExportQueryParams } from './query.ts';
import type { EdgeType, ExportEdge, ExportNode, FormatWriter, NodeLabel, Properties } from './schema.ts';

export { parseExportOptions, boundOf, type ExportOptions, type RawExportOptions } from './options.ts';
export { CONTENT_TYPES, EXPORT_FORMATS, JSON_FLAVORS, type ExportFormat, type JsonFlavor } from './schema.ts';
export { CSV_PARTS, type CsvPart } from './csv.ts';

const log = scoped({ component: 'export' });

export interface ExportStats {
  nodes: number;
  edges: number;
  /** Edges left out because an end was not exported (0 unless the graph changed mid-export). */
  skippedEdges: number;
  ms: number;
}

/**
 * Text is gathered into chunks of this many UTF-16 units before each write: 100k small writes
 * cost more than the export itself. @default 64 KiB
 */
const CHUNK = 64 * 1024;

export interface ExportTuning {
  /** Characters gathered before a write. @default 65536 */
  chunkSize?: number;
}

/** A writable that waits for 'drain' when full and fails fast once the reader has gone. */
class Sink {
  private readonly out: Writable;
  private readonly chunk: number;
  private buffer = '';
  /** Set by the 'error' listener held for the whole export (an unheard 'error' would crash the process). */
  private failed: Error | null = null;
  private readonly onError = (err: Error) => {
    this.failed = err;
  };

  constructor(out: Writable, chunk: number) {
    this.out = out;
    this.chunk = chunk;
    out.on('error', this.onError);
  }

  release(): void {
    this.out.off('error', this.onError);
  }

  async push(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.chunk) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const out = this.out;
    if (this.failed || out.destroyed || out.writableEnded) throw new OutputClosedError(this.failed);
    const chunk = this.buffer;
    this.buffer = '';
    if (out.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        out.off('drain', onDrain);
        out.off('close', onClose);
        out.off('error', onError);
        if (err) reject(err);
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(new OutputClosedError(this.failed));
      const onError = (err: Error) => done(new OutputClosedError(err));
      out.on('drain', onDrain);
      out.on('close', onClose);
      out.on('error', onError);
    });
  }
}

/** The reader went away (HTTP client disconnected, `| head` closed stdout): not a failure of ours. */
export class OutputClosedError extends Error {
  constructor(cause: Error | null) {
    super(`the export output ${cause ? `failed (${cause.message})` : 'was closed'} before the export finished`, cause ? { cause } : undefined);
    this.name = 'OutputClosedError';
  }
}

function writerFor(opts: ExportOptions): FormatWriter {
  switch (opts.format) {
    case 'graphml':
      return createGraphmlWriter();
    case 'gexf':
      return createGexfWriter();
    case 'json':
      return createJsonWriter(opts.jsonFlavor);
    case 'csv':
      return opts.csvPart === 'nodes' ? createCsvNodesWriter() : createCsvRelationshipsWriter();
  }
}

export function queryParams(opts: ExportOptions): ExportQueryParams {
  return {
    from: opts.from,
    to: opts.to,
    types: opts.types,
    actors: opts.actors,
    all: !opts.from && !opts.to && !opts.types && !opts.actors,
    withArticles: opts.withArticles,
    spans: opts.format === 'gexf',
  };
}

/** Neo4j maps keep absent properties as null; values are strings, numbers, booleans or string lists. */
function toNode(r: Record<string, unknown>): ExportNode {
  return {
    uid: r.uid as string,
    label: r.label as NodeLabel,
    labels: r.labels as string[],
    caption: (r.caption as string | null) ?? (r.uid as string),
    props: r.props as Properties,
    start: (r.start as string | null) ?? null,
    end: (r.end as string | null) ?? null,
  };
}

function toEdge(r: Record<string, unknown>): ExportEdge {
  return {
    uid: r.uid as string,
    type: r.type as EdgeType,
    source: r.source as string,
    target: r.target as string,
    props: r.props as Properties,
    start: (r.start as string | null) ?? null,
    end: (r.end as string | null) ?? null,
  };
}

/**
 * Streams the graph (or the part the filters select) to `out` in `opts.format`. CSV writes one
 * file per call: `opts.csvPart` says which. Does not end `out`; resolves once everything is written
 * to it. Rejects with an AppError when Neo4j fails, OutputClosedError when `out` closes early; either way
 * the query is cancelled and the session closed.
 */
export async function exportGraph(graph: GraphConnection, opts: ExportOptions, out: Writable, tuning: ExportTuning = {}): Promise<ExportStats> {
  const started = performance.now();
  const writer = writerFor(opts);
  const sink = new Sink(out, tuning.chunkSize ?? CHUNK);
  const params = queryParams(opts);
  const wantNodes = opts.format !== 'csv' || opts.csvPart === 'nodes';
  const wantEdges = opts.format !== 'csv' || opts.csvPart === 'relationships';
  const seen = new Set<string>();
  const stats: ExportStats = { nodes: 0, edges: 0, skippedEdges: 0, ms: 0 };
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ, fetchSize: 2000 });
  try {
    await sink.push(writer.begin());
    if (wantNodes) {
      for await (const record of session.run(EXPORT_NODES, params)) {
        const node = toNode(record.toObject());
        if (seen.has(node.uid)) continue;
        seen.add(node.uid);
        stats.nodes++;
        await sink.push(writer.node(node));
      }
    }
    await sink.push(writer.nodesEnd());
    if (wantEdges) {
      for await (const record of session.run(EXPORT_EDGES, params)) {
        const edge = toEdge(record.toObject());
        // A CSV relationships file is written without the nodes pass: nothing to check against.
        if (wantNodes && !(seen.has(edge.source) && seen.has(edge.target))) {
          stats.skippedEdges++;
          continue;
        }
        stats.edges++;
        await sink.push(writer.edge(edge));
      }
    }
    await sink.push(writer.end());
    await sink.flush();
  } catch (err) {
    if (out.destroyed && !(err instanceof OutputClosedError)) throw new OutputClosedError(out.errored); // EPIPE and the like
    throw toAppError(err, graph.uri);
  } finally {
    sink.release();
    await session.close().catch(() => undefined);
  }
  stats.ms = performance.now() - started;
  if (stats.skippedEdges) log.warn(`Skipped ${stats.skippedEdges} edges whose ends were not exported (the graph changed during the export?)`);
  log.debug(`Exported ${stats.nodes} nodes and ${stats.edges} edges as ${opts.format} (${stats.ms.toFixed(1)}ms)`);
  return stats;
}
