// CSV for neo4j-admin import: headers and quoting read back with csv-parse, then the two files
// imported by the real `neo4j-admin database import full` (run from the launcher's Neo4j jars,
// src/graph/neo4j-admin.ts) into an empty database, opened with a second local Neo4j and compared
// with the source graph: counts per label and type, typed values, non-Latin text.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { connect, type GraphConnection } from '../../src/graph/driver.ts';
import { freePort, launcherPaths, startLocalNeo4j } from '../../src/graph/launcher.ts';
import { neo4jAdminImport } from '../../src/graph/neo4j-admin.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { AR_QUOTE, buildExportGraph, exportText, FA_TITLE, graphCounts } from './fixture.ts';

let graph: GraphConnection;
let nodesCsv: string;
let relsCsv: string;

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
  nodesCsv = await exportText(graph, { format: 'csv', csvPart: 'nodes', withArticles: true });
  relsCsv = await exportText(graph, { format: 'csv', csvPart: 'relationships', withArticles: true });
});
afterAll(async () => {
  await graph.driver.close();
});

type Row = Record<string, string>;
const read = (csv: string) => parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: false }) as Row[];

describe('CSV export', () => {
  it('has headers neo4j-admin import reads', () => {
    const nodeHeader = nodesCsv.slice(0, nodesCsv.indexOf('\n')).split(',');
    expect(nodeHeader.slice(0, 2)).toEqual([':ID', ':LABEL']);
    expect(nodeHeader).toEqual(expect.arrayContaining(['id', 'name', 'aliases:string[]', 'dateStart:date', 'dateEnd:date', 'confidence:double', 'reportCount:int', 'publishedAt:date']));
    const relHeader = relsCsv.slice(0, relsCsv.indexOf('\n')).split(',');
    expect(relHeader.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(relHeader).toEqual(expect.arrayContaining(['role', 'eventId', 'dateStart:date', 'quote', 'start:int', 'end:int']));
    // Every header is name[:type] with a type neo4j-admin knows.
    for (const h of [...nodeHeader, ...relHeader]) expect(h).toMatch(/^(:ID|:LABEL|:START_ID|:END_ID|:TYPE|\w+(:(int|double|date|boolean|string\[\]))?)$/);
  });

  it('quotes what needs quoting and keeps non-Latin text', () => {
    const rels = read(relsCsv);
    expect(rels.map((r) => r.quote)).toContain(AR_QUOTE); // commas, quotes, a newline, a control character
    const nodes = read(nodesCsv);
    const fidan = nodes.find((n) => n[':ID'] === 'actor:hakan-fidan')!;
    expect(fidan['aliases:string[]']!.split(';').sort()).toEqual(['Fidan, Hakan', 'فیدان', 'هاکان فیدان'].sort());
    expect(nodes.find((n) => n['title'] === FA_TITLE)?.[':LABEL']).toBe('Article');
    expect(nodes.filter((n) => n[':LABEL'] === 'Event;Meeting')).toHaveLength(4);
  });

  it('imported by the real neo4j-admin into an empty database gives the same counts and values', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-admin-import-'));
    try {
      await writeFile(path.join(dir, 'nodes.csv'), nodesCsv);
      await writeFile(path.join(dir, 'relationships.csv'), relsCsv);
      const dataDir = path.join(dir, 'data');
      const result = await neo4jAdminImport({
        home: launcherPaths(dataDir).home,
        nodes: [path.join(dir, 'nodes.csv')],
        relationships: [path.join(dir, 'relationships.csv')],
      });
      expect(result.output).toMatch(/IMPORT DONE/);
      const local = await startLocalNeo4j({ dataDir, port: await freePort(), attached: true });
      const imported = await connect(local.uri, loadConfig());
      try {
        expect(await graphCounts(imported)).toEqual(await graphCounts(graph));
        const q = async (g: GraphConnection, cypher: string) => (await g.driver.executeQuery(cypher)).records.map((r) => r.toObject());
        // Typed values: dates stay dates, lists stay lists, Persian and Arabic text survive.
        const events = 'MATCH (e:Event) RETURN e.id AS id, e.dateStart AS start, e.dateEnd AS end, valueType(e.dateStart) AS t, e.confidence AS c, e:Meeting AS meeting ORDER BY id';
        expect(await q(imported, events)).toEqual(await q(graph, events));
        const actors = 'MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases ORDER BY id';
        expect(await q(imported, actors)).toEqual(await q(graph, actors));
        const met = 'MATCH (x:Actor)-[m:MET]->(y:Actor) RETURN x.id AS x, y.id AS y, m.eventId AS e, m.dateStart AS d ORDER BY x, y, e';
        expect(await q(imported, met)).toEqual(await q(graph, met));
        const quotes = 'MATCH (e:Event)-[r:REPORTED_IN]->(a:Article) RETURN e.id AS e, a.title AS title, r.quote AS quote, r.start AS start ORDER BY e, title, start';
        const got = await q(imported, quotes);
        expect(got).toEqual(await q(graph, quotes));
        expect(got.map((r) => r.quote)).toContain(AR_QUOTE);
        expect(got.map((r) => r.title)).toContain(FA_TITLE);
      } finally {
        await imported.driver.close();
        await local.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
