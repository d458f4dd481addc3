// Every format, read back with a reader that is not ours: graphology's GraphML and GEXF parsers,
// @xmldom/xmldom for GEXF spells and GraphML keys, Cytoscape.js (headless) and graphology for JSON.
// Counts and values are compared with what Cypher reads from the graph itself.
import { DOMParser, type Element } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import { MultiGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { AR_QUOTE, AR_QUOTE_XML, AR_TITLE, buildExportGraph, exportText, FA_TITLE, graphCounts } from './fixture.ts';

let graph: GraphConnection;
let counts: Record<string, number>;
/** Events as Cypher sees them, by type (one of each type in the fixture). */
let events: Map<string, { id: string; dateStart: string | null; dateEnd: string | null; confidence: number }>;
let fidanAliases: string[];

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
  counts = await graphCounts(graph);
  const r = await graph.driver.executeQuery(
    'MATCH (e:Event) RETURN e.type AS type, e.id AS id, toString(e.dateStart) AS dateStart, toString(e.dateEnd) AS dateEnd, e.confidence AS confidence',
  );
  events = new Map(r.records.map((x) => [x.get('type'), { id: x.get('id'), dateStart: x.get('dateStart'), dateEnd: x.get('dateEnd'), confidence: x.get('confidence') }]));
  fidanAliases = (await graph.driver.executeQuery("MATCH (a:Actor {id: 'hakan-fidan'}) RETURN a.aliases AS al")).records[0]!.get('al');
});
afterAll(async () => {
  await graph.driver.close();
});

const nodeTotal = (withArticles: boolean) => counts.Actor! + counts.Event! + counts.Place! + (withArticles ? counts.Article! : 0);
const edgeTotal = (withArticles: boolean) => counts.PARTICIPATED_IN! + counts.AT! + counts.MET! + (withArticles ? counts.REPORTED_IN! : 0);
const ev = (type: string) => events.get(type)!;

describe('the fixture graph', () => {
  it('has what the export tests rely on', () => {
    expect(counts).toMatchObject({ Actor: 4, Event: 5, Place: 3, Article: 3, AT: 3, REPORTED_IN: 5 });
    expect(counts.MET).toBeGreaterThan(0);
    expect(ev('MEETING')).toMatchObject({ dateStart: '2024-03-01', dateEnd: '2024-03-31' });
    expect(fidanAliases).toEqual(expect.arrayContaining(['فیدان', 'هاکان فیدان', 'Fidan, Hakan']));
  });
});

describe('GraphML', () => {
  let text: string;
  beforeAll(async () => {
    text = await exportText(graph, { format: 'graphml', withArticles: true });
  });

  it('is read by graphology-graphml with every node, edge and typed value', () => {
    const g = graphml.parse(Graph, text);
    expect(g.type).toBe('directed');
    expect(g.order).toBe(nodeTotal(true));
    expect(g.size).toBe(edgeTotal(true));
    const meeting = g.getNodeAttributes(`event:${ev('MEETING').id}`);
    expect(meeting).toMatchObject({ labels: ':Event:Meeting', type: 'MEETING', date: '2024-03', dateStart: '2024-03-01', dateEnd: '2024-03-31', precision: 'MONTH', status: 'PLANNED' });
    expect(meeting.confidence).toBe(ev('MEETING').confidence); // attr.type double → number
    expect(meeting.reportCount).toBe(1); // attr.type int → number
    const fidan = g.getNodeAttributes('actor:hakan-fidan');
    expect(fidan).toMatchObject({ labels: ':Actor', name: 'Hakan Fidan', kind: 'PERSON' });
    expect(JSON.parse(fidan.aliases as string)).toEqual(fidanAliases);
    const articles = g.filterNodes((_, a) => a.labels === ':Article').map((n) => g.getNodeAttribute(n, 'title'));
    expect(articles).toEqual(expect.arrayContaining([FA_TITLE, AR_TITLE]));
    const quotes = g.filterEdges((_, a) => a.label === 'REPORTED_IN').map((e) => g.getEdgeAttribute(e, 'quote'));
    expect(quotes).toContain(AR_QUOTE_XML); // markup, quotes, newline and tab intact; U+0001 dropped
    const met = g.filterEdges((_, a) => a.label === 'MET');
    expect(met).toHaveLength(counts.MET!);
    for (const e of met) expect(g.getEdgeAttribute(e, 'eventId')).toMatch(/^e-/);
  });

  it('declares a typed key for every property it writes', () => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const keys = new Map<string, Element>();
    for (const k of Array.from(doc.getElementsByTagName('key'))) keys.set(k.getAttribute('id')!, k);
    const used = new Set(Array.from(doc.getElementsByTagName('data')).map((d) => d.getAttribute('key')!));
    for (const k of used) expect(keys.has(k), `key ${k}`).toBe(true);
    const typeOf = (id: string) => keys.get(id)?.getAttribute('attr.type');
    expect([typeOf('n_confidence'), typeOf('n_reportCount'), typeOf('n_name'), typeOf('e_start')]).toEqual(['double', 'int', 'string', 'int']);
    expect(doc.getElementsByTagName('graph')).toHaveLength(1);
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('edgedefault')).toBe('directed');
  });
});

describe('GEXF', () => {
  let text: string;
  let doc: ReturnType<DOMParser['parseFromString']>;
  beforeAll(async () => {
    text = await exportText(graph, { format: 'gexf', withArticles: true });
    doc = new DOMParser().parseFromString(text, 'application/xml');
  });
  const spellOf = (el: Element | undefined) => {
    const s = el?.getElementsByTagName('spell')[0];
    return s ? [s.getAttribute('start'), s.getAttribute('end')] : null;
  };
  const byId = (tag: 'node' | 'edge', id: string) => Array.from(doc.getElementsByTagName(tag)).find((n) => n.getAttribute('id') === id);

  it('is read by graphology-gexf with every node, edge, list and non-Latin value', () => {
    const g = gexf.parse(Graph, text);
    expect(g.order).toBe(nodeTotal(true));
    expect(g.size).toBe(edgeTotal(true));
    expect(g.getNodeAttributes('actor:hakan-fidan')).toMatchObject({ label: 'Hakan Fidan', aliases: fidanAliases, labels: ['Actor'] });
    expect(g.getNodeAttributes(`event:${ev('VISIT').id}`)).toMatchObject({ labels: ['Event', 'Meeting'], type: 'VISIT', location: 'Doha', reportCount: 1 });
    expect(g.filterNodes((_, a) => a.labels[0] === 'Article').map((n) => g.getNodeAttribute(n, 'label'))).toEqual(expect.arrayContaining([FA_TITLE, AR_TITLE]));
    const quotes = g.filterEdges((_, a) => a.kind === 'REPORTED_IN').map((e) => g.getEdgeAttribute(e, 'quote'));
    expect(quotes).toContain(AR_QUOTE_XML);
  });

  it('is dynamic: events, meetings and actors carry their dates as spells', async () => {
    const g = doc.getElementsByTagName('graph')[0]!;
    expect([g.getAttribute('mode'), g.getAttribute('timeformat'), doc.documentElement!.getAttribute('version')]).toEqual(['dynamic', 'date', '1.3']);
    // A month-precision event spans its month.
    expect(spellOf(byId('node', `event:${ev('MEETING').id}`))).toEqual(['2024-03-01', '2024-03-31']);
    expect(spellOf(byId('node', `event:${ev('PHONE_CALL').id}`))).toEqual(['2024-07-01', '2024-07-01']);
    // The undated statement is always present.
    expect(spellOf(byId('node', `event:${ev('STATEMENT').id}`))).toBeNull();
    // Each MET edge spans its meeting's days, as stored on the edge.
    const met = await graph.driver.executeQuery(
      'MATCH (x)-[m:MET]->(y) RETURN m.eventId AS e, x.id AS x, y.id AS y, toString(m.dateStart) AS s, toString(m.dateEnd) AS t',
    );
    expect(met.records.length).toBe(counts.MET);
    for (const r of met.records) {
      expect(spellOf(byId('edge', `MET:${r.get('e')}:${r.get('x')}:${r.get('y')}`))).toEqual([r.get('s'), r.get('t')]);
    }
    // An actor from its first to its last event: Fidan from the March meeting to the July call.
    expect(spellOf(byId('node', 'actor:hakan-fidan'))).toEqual(['2024-03-01', '2024-07-01']);
    // Turkey took part in nothing: no spell.
    expect(spellOf(byId('node', 'actor:turkey'))).toBeNull();
  });

  it('declares every attribute with a type', () => {
    const declared = new Map(Array.from(doc.getElementsByTagName('attribute')).map((a) => [`${(a.parentNode as Element).getAttribute('class')}:${a.getAttribute('id')}`, a.getAttribute('type')]));
    expect(declared.get('node:aliases')).toBe('liststring');
    expect(declared.get('node:confidence')).toBe('double');
    expect(declared.get('edge:start')).toBe('integer');
    for (const v of Array.from(doc.getElementsByTagName('attvalue'))) {
      const cls = (v.parentNode!.parentNode as Element).tagName;
      expect(declared.has(`${cls}:${v.getAttribute('for')}`), `${cls} ${v.getAttribute('for')}`).toBe(true);
    }
  });
});

describe('JSON', () => {
  it('loads into Cytoscape.js as it is', async () => {
    const json = JSON.parse(await exportText(graph, { format: 'json', withArticles: true }));
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes().length).toBe(nodeTotal(true));
    expect(cy.edges().length).toBe(edgeTotal(true));
    expect(cy.getElementById('actor:hakan-fidan').data()).toMatchObject({ entityId: 'hakan-fidan', label: 'Hakan Fidan', aliases: fidanAliases });
    const meeting = cy.getElementById(`event:${ev('MEETING').id}`);
    expect(meeting.data()).toMatchObject({ dateStart: '2024-03-01', dateEnd: '2024-03-31', precision: 'MONTH' });
    // Graph structure survives: the meeting's participants are Fidan and Araghchi.
    expect(meeting.incomers('node').map((n) => n.id()).sort()).toEqual(['actor:abbas-araghchi', 'actor:hakan-fidan']);
    // JSON keeps the control character that XML cannot carry.
    expect(cy.edges('[label = "REPORTED_IN"]').map((e) => e.data('quote'))).toContain(AR_QUOTE);
  });

  it('loads into graphology with Graph.from in the graphology flavor', async () => {
    const json = JSON.parse(await exportText(graph, { format: 'json', jsonFlavor: 'graphology' }));
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: true });
    const g = Graph.from(json);
    expect(g.type).toBe('directed');
    expect(g.order).toBe(nodeTotal(false));
    expect(g.size).toBe(edgeTotal(false));
    expect(g.getNodeAttributes('actor:mohammed-al-thani').aliases).toEqual(['محمد بن عبدالرحمن آل ثاني']);
    expect(g.filterEdges((_, a) => a.label === 'MET')).toHaveLength(counts.MET!);
    expect(g.filterNodes((_, a) => a.labels[0] === 'Article')).toEqual([]); // articles only on request
  });
});
