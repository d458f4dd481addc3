// Streaming behaviour with small chunks: a slow reader gets the same bytes (the exporter waits for
// 'drain'), and a reader that leaves early stops the export and its Neo4j query.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, OutputClosedError, parseExportOptions } from '../../src/export/index.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { buildExportGraph, Collector } from './fixture.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

/** Takes a write every few milliseconds, with room for one chunk only. */
class SlowReader extends Writable {
  readonly chunks: Buffer[] = [];
  full = 0;
  constructor() {
    super({ highWaterMark: 16 });
  }
  override write(chunk: any, ...rest: any[]): boolean {
    const ok = super.write(chunk, ...(rest as []));
    if (!ok) this.full++;
    return ok;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.chunks.push(chunk);
    setTimeout(cb, 2);
  }
}

/** Leaves after `after` writes. */
class LeavingReader extends Writable {
  writes = 0;
  readonly after: number;
  constructor(after: number) {
    super({ highWaterMark: 16 });
    this.after = after;
  }
  override _write(_chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    if (++this.writes >= this.after) this.destroy();
    cb();
  }
}

async function runningExports(): Promise<number> {
  const r = await graph.driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNION ALL' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n");
  return r.records[0]!.get('n');
}

describe('streaming', () => {
  const opts = parseExportOptions({ format: 'gexf', withArticles: true });

  it('waits for a slow reader and gives it the same bytes as a fast one', async () => {
    const fast = new Collector();
    await exportGraph(graph, opts, fast, { chunkSize: 64 });
    const slow = new SlowReader();
    const stats = await exportGraph(graph, opts, slow, { chunkSize: 64 });
    expect(slow.full).toBeGreaterThan(10); // the reader pushed back, many times
    const strip = (s: string) => s.replace(/lastmodifieddate="[^"]*"/, '');
    expect(strip(Buffer.concat(slow.chunks).toString('utf8'))).toBe(strip(fast.text()));
    expect(stats.nodes).toBeGreaterThan(10);
  });

  it('stops, cancels the query and closes the session when the reader leaves', async () => {
    const leaving = new LeavingReader(3);
    await expect(exportGraph(graph, opts, leaving, { chunkSize: 64 })).rejects.toBeInstanceOf(OutputClosedError);
    expect(leaving.writes).toBe(3);
    expect(await runningExports()).toBe(0);
    // Nothing leaked: the next export runs to the end.
    const out = new Collector();
    await exportGraph(graph, opts, out);
    expect(out.text()).toMatch(/<\/gexf>\n$/);
  });
});
