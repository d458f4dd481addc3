// `khabar export` as a person runs it: a child process with NEO4J_URI pointing at the test Neo4j.
// Every flag rule is in options.test.ts; here, that the command wires them and the files up.
// A CLI start costs a few seconds of CPU (it loads every command): the tests allow for a busy machine.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { MultiGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { buildExportGraph, FA_TITLE, graphCounts } from './fixture.ts';

const run = promisify(execFile);
const SLOW = 180_000;
let graph: GraphConnection;
let dir: string;
let counts: Record<string, number>;

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
  counts = await graphCounts(graph);
  dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-export-cli-'));
});
afterAll(async () => {
  await graph.driver.close();
  await rm(dir, { recursive: true, force: true });
});

async function khabar(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const n = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database, LOG_LEVEL: 'warn' };
  try {
    const r = await run(process.execPath, ['src/cli/main.ts', 'export', ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('khabar export', () => {
  it('writes GEXF to standard output', async () => {
    const r = await khabar('--format', 'gexf', '--with-articles');
    expect(r.code).toBe(0);
    const g = gexf.parse(Graph, r.stdout);
    expect(g.order).toBe(counts.Actor! + counts.Event! + counts.Place! + counts.Article!);
    expect(g.filterNodes((_, a) => a.label === FA_TITLE)).toHaveLength(1);
    expect(r.stderr).toMatch(/exported 15 nodes and 24 edges as gexf to standard output/);
  }, SLOW);

  it('writes nodes.csv and relationships.csv into -o DIR, and a file with -o FILE', async () => {
    const out = path.join(dir, 'csv');
    const r = await khabar('--format', 'csv', '--types', 'SUMMIT', '-o', out);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    const rels = parse(await readFile(path.join(out, 'relationships.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rels.filter((x) => x[':TYPE'] === 'MET')).toHaveLength(3);
    const file = path.join(dir, 'graph.json');
    expect((await khabar('--format', 'json', '--json-flavor', 'graphology', '-o', file)).code).toBe(0);
    expect(JSON.parse(await readFile(file, 'utf8')).nodes).toHaveLength(counts.Actor! + counts.Event! + counts.Place!);
    expect(await readdir(dir)).not.toContain('graph.json.partial');
  }, SLOW);

  it('refuses bad flags with one clear line each', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'csv'], /a CSV export is two files .* give a directory with -o DIR/],
      [['--format', 'gexf', '--from', '2025-02-30'], /from "2025-02-30" is not a date/],
      [['--format', 'gexf', '--from', '2025-09', '--to', '2025-07'], /from \(2025-09-01\) is after to \(2025-07-31\)/],
    ];
    const results = await Promise.all(cases.map(([args]) => khabar(...args)));
    for (const [i, [args, message]] of cases.entries()) {
      expect(results[i]!.code, args.join(' ')).toBe(1);
      expect(results[i]!.stderr).toMatch(message);
      expect(results[i]!.stdout).toBe('');
    }
  }, SLOW);
});
