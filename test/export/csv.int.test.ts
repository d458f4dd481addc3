// CSV for neo4j-admin import, read back with csv-parse. neo4j-admin itself cannot run here, so the
// re-import does what it does — typed columns by the header, `;` arrays, `:ID`/`:START_ID`/`:END_ID`
// matching, labels and types from `:LABEL`/`:TYPE` — with UNWIND into a scratch namespace (labels
// and types prefixed Imp_) of the same Neo4j, compares counts and values with the source, and
// deletes the scratch nodes.
import { parse } from 'csv-parse/sync';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
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
  await graph.driver.executeQuery('MATCH (n:Imp_Node) DETACH DELETE n');
  await graph.driver.close();
});

type Row = Record<string, string>;
const read = (csv: string) => parse(csv, { columns: true, skip_empty_lines: true, relax_column_count: false }) as Row[];

/** A typed header cell → [name, type]; neo4j-admin's rules for the types we use. */
function column(header: string): [string, string] {
  const i = header.lastIndexOf(':');
  return i < 0 ? [header, 'string'] : [header.slice(0, i), header.slice(i + 1)];
}

/** One CSV field the way neo4j-admin reads it: empty → no property. */
function typed(value: string, type: string): unknown {
  if (value === '') return undefined;
  switch (type) {
    case 'int':
    case 'long':
      return neo4j.int(Number(value));
    case 'double':
    case 'float':
      return Number(value);
    case 'boolean':
      return value === 'true';
    case 'date': {
      const [y, m, d] = value.split('-').map(Number);
      return new neo4j.types.Date(y!, m!, d!);
    }
    case 'string[]':
      return value.split(';');
    case 'string':
      return value;
    default:
      throw new Error(`unexpected column type ${type}`);
  }
}

function propsOf(row: Row, skip: (name: string) => boolean): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [header, value] of Object.entries(row)) {
    const [name, type] = column(header);
    if (name === '' || skip(name)) continue;
    const v = typed(value, type);
    if (v !== undefined) props[name] = v;
  }
  return props;
}

const SAFE = /^[A-Za-z_][A-Za-z0-9_]*$/;

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

  it('re-imported into an empty namespace gives the same counts and values', async () => {
    const nodes = read(nodesCsv);
    const rels = read(relsCsv);
    const source = await graphCounts(graph);

    const byLabels = new Map<string, Record<string, unknown>[]>();
    for (const row of nodes) {
      const labels = row[':LABEL']!;
      const list = byLabels.get(labels) ?? [];
      list.push({ uid: row[':ID'], props: propsOf(row, () => false) });
      byLabels.set(labels, list);
    }
    for (const [labels, rows] of byLabels) {
      const names = labels.split(';');
      for (const l of names) expect(l).toMatch(SAFE);
      await graph.driver.executeQuery(
        `UNWIND $rows AS row CREATE (n:Imp_Node${names.map((l) => `:Imp_${l}`).join('')} {_uid: row.uid}) SET n += row.props`,
        { rows },
      );
    }
    const byType = new Map<string, Record<string, unknown>[]>();
    for (const row of rels) {
      const list = byType.get(row[':TYPE']!) ?? [];
      list.push({ s: row[':START_ID'], t: row[':END_ID'], props: propsOf(row, () => false) });
      byType.set(row[':TYPE']!, list);
    }
    for (const [type, rows] of byType) {
      expect(type).toMatch(SAFE);
      const r = await graph.driver.executeQuery(
        `UNWIND $rows AS row MATCH (a:Imp_Node {_uid: row.s}), (b:Imp_Node {_uid: row.t}) CREATE (a)-[r:Imp_${type}]->(b) SET r = row.props RETURN count(r) AS n`,
        { rows },
      );
      expect(r.records[0]!.get('n')).toBe(rows.length); // every :START_ID and :END_ID found its node
    }

    const imported = await graph.driver.executeQuery(`
      CALL () { MATCH (n:Imp_Node) UNWIND labels(n) AS l WITH l, n WHERE l <> 'Imp_Node' RETURN substring(l, 4) AS k, count(n) AS n
        UNION ALL MATCH (:Imp_Node)-[r]->(:Imp_Node) RETURN substring(type(r), 4) AS k, count(r) AS n }
      RETURN k, n`);
    const got = Object.fromEntries(imported.records.map((r) => [r.get('k'), r.get('n')]));
    for (const k of ['Actor', 'Event', 'Place', 'Article', 'PARTICIPATED_IN', 'AT', 'MET', 'REPORTED_IN']) {
      expect(got[k], k).toBe(source[k]);
    }
    const meeting = await graph.driver.executeQuery(`
      MATCH (e:Event {type: 'MEETING'}), (i:Imp_Event {id: e.id})
      RETURN e.dateStart = i.dateStart AND e.dateEnd = i.dateEnd AS sameDates, valueType(i.dateStart) AS t,
        e.confidence = i.confidence AS sameConfidence, i:Imp_Meeting AS meeting`);
    expect(meeting.records[0]!.toObject()).toEqual({ sameDates: true, t: 'DATE NOT NULL', sameConfidence: true, meeting: true });
    const aliases = await graph.driver.executeQuery(`
      MATCH (a:Actor), (i:Imp_Actor {id: a.id}) WHERE size(a.aliases) > 0
      RETURN count(*) AS n, all(x IN collect(a.aliases = i.aliases) WHERE x) AS same`);
    expect(aliases.records[0]!.toObject()).toEqual({ n: 4, same: true });
    const met = await graph.driver.executeQuery(`
      MATCH (x:Actor)-[m:MET]->(y:Actor)
      OPTIONAL MATCH (:Imp_Actor {id: x.id})-[i:Imp_MET {eventId: m.eventId}]->(:Imp_Actor {id: y.id})
      RETURN count(m) AS n, count(i) AS found, all(ok IN collect(i.dateStart = m.dateStart) WHERE ok) AS sameDates`);
    expect(met.records[0]!.toObject()).toEqual({ n: source.MET, found: source.MET, sameDates: true });
  });
});
