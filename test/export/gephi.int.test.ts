// Gephi itself reads the exports: the Gephi Toolkit 0.10.1 (Gephi's own import pipeline, from Maven
// Central; test/gephi/) opens the GEXF and the GraphML files the way the desktop app's "Open…"
// does, and reports what it loaded. Checked: no import warnings, every node, dynamic mode with each
// event's and meeting's days as Gephi intervals (what its timeline plays), typed attributes,
// Persian and Arabic text; and both of Gephi's ways with parallel edges (two meetings of the same
// pair): its default merge ("Sum": one edge whose intervals are every meeting and whose weight is
// their number) and "Don't merge" (one edge per meeting with its own event's attributes).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { AR_QUOTE_XML, buildExportGraph, exportText, FA_TITLE, graphCounts } from './fixture.ts';

const PROJECT = path.resolve(import.meta.dirname, '../gephi');

interface GephiElement {
  label: string | null;
  spells: [string | null, string | null][];
  attributes: Record<string, unknown>;
}
interface GephiGraph {
  verified: boolean;
  dynamic: boolean;
  timeRepresentation: string;
  issues: { level: string; message: string }[];
  nodes: (GephiElement & { id: string })[];
  mergeStrategy: string;
  edges: (GephiElement & { source: string; target: string; directed: boolean; type: string | null; weight: number })[];
}

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-2000)}\n${err.slice(-2000)}`))));
  });
}

let graph: GraphConnection;
let dir: string;
let classpath: string;
const opened: Record<string, GephiGraph> = {};

async function openInGephi(format: 'gexf' | 'graphml', mergeStrategy?: 'NO_MERGE'): Promise<GephiGraph> {
  const file = path.join(dir, `export.${format}`);
  await writeFile(file, await exportText(graph, { format, withArticles: true }));
  const args = ['-Djava.awt.headless=true', '-cp', classpath, 'khabar.GephiRead', file, ...(mergeStrategy ? [mergeStrategy] : [])];
  const out = await run('java', args, PROJECT);
  return JSON.parse(out.slice(out.indexOf('{"verified"'))) as GephiGraph;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
  dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-gephi-'));
  await run('mvn', ['-B', '-q', '-ntp', 'package'], PROJECT); // first run downloads ~90 MB from Maven Central
  classpath = `${path.join(PROJECT, 'target/khabar-gephi-read.jar')}:${(await readFile(path.join(PROJECT, 'target/classpath.txt'), 'utf8')).trim()}`;
  opened.gexf = await openInGephi('gexf');
  opened.gexfNoMerge = await openInGephi('gexf', 'NO_MERGE');
  opened.graphml = await openInGephi('graphml');
  opened.graphmlNoMerge = await openInGephi('graphml', 'NO_MERGE');
}, 600_000);
afterAll(async () => {
  await graph.driver.close();
  await rm(dir, { recursive: true, force: true });
});

const nodeTotal = (c: Record<string, number>) => c.Actor! + c.Event! + c.Place! + c.Article!;
const edgeTotal = (c: Record<string, number>) => c.PARTICIPATED_IN! + c.AT! + c.MET! + c.REPORTED_IN!;
/** Importer messages above INFO (Gephi's import report: warnings, severe and critical issues). */
const problems = (g: GephiGraph) => g.issues.filter((i) => i.level !== 'INFO');

interface Met {
  x: string;
  y: string;
  eventId: string;
  start: string;
  end: string;
}
async function metEdges(): Promise<Met[]> {
  const r = await graph.driver.executeQuery(
    'MATCH (x:Actor)-[m:MET]->(y:Actor) RETURN x.id AS x, y.id AS y, m.eventId AS eventId, toString(m.dateStart) AS start, toString(m.dateEnd) AS end ORDER BY start',
  );
  return r.records.map((x) => x.toObject() as Met);
}

describe('Gephi opens the GEXF export', () => {
  it('with its default merge: no warnings, every node, each pair met once per meeting on the timeline', async () => {
    const g = opened.gexf!;
    const counts = await graphCounts(graph);
    expect(problems(g)).toEqual([]);
    expect([g.verified, g.mergeStrategy]).toEqual([true, 'SUM']);
    expect(g.nodes).toHaveLength(nodeTotal(counts));
    const met = await metEdges();
    const pairs = Map.groupBy(met, (m) => `${m.x}|${m.y}`);
    expect([...pairs.values()].some((ms) => ms.length > 1)).toBe(true); // the fixture has a pair that met twice
    const gephiMet = g.edges.filter((e) => e.type === 'MET');
    expect(gephiMet).toHaveLength(pairs.size);
    for (const [pair, meetings] of pairs) {
      const [x, y] = pair.split('|');
      const edge = gephiMet.find((e) => e.source === `actor:${x}` && e.target === `actor:${y}`);
      // Every meeting of the pair is an interval of the one edge: the timeline shows the edge on
      // each meeting's days; its weight counts the meetings.
      expect(edge?.spells, pair).toEqual(meetings.map((m) => [m.start, m.end]));
      expect(edge?.weight, pair).toBe(meetings.length);
    }
  });

  it('as a dynamic graph whose events carry their days as intervals', async () => {
    const g = opened.gexf!;
    expect([g.dynamic, g.timeRepresentation]).toEqual([true, 'INTERVAL']);
    const events = await graph.driver.executeQuery('MATCH (e:Event) RETURN e.id AS id, toString(e.dateStart) AS s, toString(e.dateEnd) AS t');
    expect(events.records.length).toBeGreaterThan(0);
    for (const r of events.records) {
      const node = g.nodes.find((n) => n.id === `event:${r.get('id')}`);
      // An undated event has no interval: always visible on Gephi's timeline.
      expect(node?.spells, r.get('id')).toEqual(r.get('s') ? [[r.get('s'), r.get('t')]] : []);
    }
  });

  it("with \"Don't merge\": every edge, each meeting with its own days and event", async () => {
    const g = opened.gexfNoMerge!;
    const counts = await graphCounts(graph);
    expect(problems(g)).toEqual([]);
    expect(g.mergeStrategy).toBe('NO_MERGE');
    expect(g.edges).toHaveLength(edgeTotal(counts));
    const byType = (t: string) => g.edges.filter((e) => e.type === t).length;
    expect([byType('PARTICIPATED_IN'), byType('AT'), byType('MET'), byType('REPORTED_IN')]).toEqual([counts.PARTICIPATED_IN, counts.AT, counts.MET, counts.REPORTED_IN]);
    for (const m of await metEdges()) {
      const edge = g.edges.find((e) => e.type === 'MET' && e.source === `actor:${m.x}` && e.target === `actor:${m.y}` && e.attributes.eventId === m.eventId);
      expect(edge?.spells, `MET ${m.eventId}`).toEqual([[m.start, m.end]]);
    }
  });

  it('with typed attributes and Persian and Arabic text intact', async () => {
    const g = opened.gexf!;
    const fidan = (await graph.driver.executeQuery("MATCH (a:Actor {id: 'hakan-fidan'}) RETURN a.aliases AS al")).records[0]!.get('al') as string[];
    expect(g.nodes.find((n) => n.id === 'actor:hakan-fidan')?.attributes.aliases).toEqual(fidan); // liststring → a list
    const meeting = g.nodes.find((n) => n.attributes.type === 'MEETING')!;
    expect(meeting.attributes).toMatchObject({ precision: 'MONTH', dateStart: '2024-03-01', dateEnd: '2024-03-31', reportCount: 1 });
    expect(typeof meeting.attributes.confidence).toBe('number');
    expect(g.nodes.map((n) => n.label)).toContain(FA_TITLE);
    expect(g.edges.filter((e) => e.type === 'REPORTED_IN').map((e) => e.attributes.quote)).toContain(AR_QUOTE_XML);
  });
});

describe('Gephi opens the GraphML export', () => {
  it('without import warnings, with every node, edge, typed value and non-Latin text', async () => {
    const counts = await graphCounts(graph);
    for (const g of [opened.graphml!, opened.graphmlNoMerge!]) {
      expect(problems(g)).toEqual([]);
      expect(g.verified).toBe(true);
      expect(g.nodes).toHaveLength(nodeTotal(counts));
      const meeting = g.nodes.find((n) => n.attributes.type === 'MEETING')!;
      expect(meeting.attributes).toMatchObject({ labels: ':Event:Meeting', precision: 'MONTH', dateStart: '2024-03-01', reportCount: 1 });
      expect(typeof meeting.attributes.confidence).toBe('number'); // attr.type double, read as a number
      expect(g.nodes.filter((n) => n.attributes.labels === ':Article').map((n) => n.attributes.title)).toContain(FA_TITLE);
      expect(g.edges.filter((e) => e.label === 'REPORTED_IN').map((e) => e.attributes.quote)).toContain(AR_QUOTE_XML);
    }
    const g = opened.graphmlNoMerge!;
    expect(g.edges).toHaveLength(edgeTotal(counts));
    expect(g.edges.filter((e) => e.label === 'MET')).toHaveLength(counts.MET!);
  });
});
