// The seeds through the real extractor and the worker, checked against the hand annotation
// (test/fixtures/gold/seeds.gold.json): every event the gold says several articles report is one
// :Event with a REPORTED_IN edge from each of them, core events carry their gold dates and
// participants (by the gold's own matching rule), and nothing lands on the timeline outside the gold's dates (trap passages: background
// history, lists of other news).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/commands/ingest.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { slug } from '../../src/graph/event-store.ts';
import { enqueue } from '../../src/ingest/queue.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { WorkerTracker } from './workers.ts';

interface GoldEvent {
  id: string;
  cluster: string;
  type: string;
  date: string | null;
  participants: string[];
  keyParticipants?: string[];
  core: boolean;
}
interface Gold {
  articles: { file: string; events: GoldEvent[] }[];
  actors: { name: string; surfaceForms: string[] }[];
}

interface GraphEvent {
  id: string;
  type: string;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  files: string[];
  actors: { name: string; aliases: string[] }[];
}

let graph: GraphConnection;
let gold: Gold;
let events: GraphEvent[];
const tracker = new WorkerTracker();

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  gold = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'test/fixtures/gold/seeds.gold.json'), 'utf8')) as Gold;
  const inputs = await readInputs([path.join(PROJECT_ROOT, 'seeds')]);
  expect(inputs.refused).toEqual([]);
  await enqueue(graph, inputs.items, { maxChars: 2_000_000 });
  const stats = await tracker.start({ graph, untilEmpty: true }).done;
  expect(stats).toMatchObject({ completed: inputs.items.length, failed: 0 });
  const { records } = await graph.driver.executeQuery(
    `MATCH (e:Event)
     RETURN e.id AS id, e.type AS type, e.date AS date, toString(e.dateStart) AS dateStart, toString(e.dateEnd) AS dateEnd,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN a.file } AS files,
       COLLECT { MATCH (x:Actor)-[:PARTICIPATED_IN]->(e) RETURN x {.name, aliases: coalesce(x.aliases, [])} } AS actors`,
    {},
    { database: graph.database, routing: 'READ' },
  );
  events = records.map((r) => r.toObject() as GraphEvent);
}, 300_000);

afterAll(async () => {
  await graph.driver.close();
});

/** The gold's name for an actor is its name in the graph, a slug of it, or one of its aliases. */
function isActor(goldName: string, actor: { name: string; aliases: string[] }): boolean {
  const forms = gold.actors.find((a) => a.name === goldName)?.surfaceForms ?? [];
  return slug(actor.name) === slug(goldName) || actor.aliases.includes(goldName) || forms.some((f) => actor.aliases.includes(f) || actor.name === f);
}

/** A gold date (YYYY-MM-DD or YYYY-MM) and a graph event's interval overlap. */
function overlaps(goldDate: string, e: GraphEvent): boolean {
  if (!e.dateStart || !e.dateEnd) return false;
  const start = goldDate.length === 7 ? `${goldDate}-01` : goldDate;
  const end = goldDate.length === 7 ? `${goldDate}-31` : goldDate;
  return e.dateStart <= end && e.dateEnd >= start;
}

describe('the seeds in the graph', () => {
  it('make one event, with a source in each article, of every event the gold says several articles report', () => {
    const clusters = new Map<string, { type: string; files: Set<string> }>();
    for (const a of gold.articles) {
      for (const e of a.events.filter((x) => x.core)) {
        const c = clusters.get(e.cluster) ?? { type: e.type, files: new Set<string>() };
        c.files.add(a.file);
        clusters.set(e.cluster, c);
      }
    }
    const shared = [...clusters.entries()].filter(([, c]) => c.files.size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const [name, c] of shared) {
      const matching = events.filter((e) => e.type === c.type && [...c.files].every((f) => e.files.includes(f)));
      expect(matching, `${name}: one ${c.type} reported by ${[...c.files].join(', ')}`).toHaveLength(1);
      // And not a second event of the same type and participants from one of those articles.
      const rivals = events.filter((e) => e.type === c.type && e.id !== matching[0]!.id && e.files.some((f) => c.files.has(f)) &&
        e.actors.length === matching[0]!.actors.length && e.actors.every((x) => matching[0]!.actors.some((y) => y.name === x.name)));
      expect(rivals, `${name}: no duplicate event`).toEqual([]);
    }
  });

  it('dates every core event as the gold does, with its participants', () => {
    // The gold's scoring rule: its keyParticipants, or else at least half of its participants.
    const hasParticipants = (g: GoldEvent, e: GraphEvent) => {
      const present = (p: string) => e.actors.some((x) => isActor(p, x));
      if (g.keyParticipants?.length) return g.keyParticipants.every(present);
      return g.participants.filter(present).length >= Math.max(1, g.participants.length / 2);
    };
    for (const a of gold.articles) {
      for (const g of a.events.filter((x) => x.core && x.date)) {
        const found = events.filter((e) => e.type === g.type && e.files.includes(a.file) && overlaps(g.date!, e) && hasParticipants(g, e));
        expect(found.length, `${a.file} ${g.id}: ${g.type} ${g.date} of ${g.participants.join(', ')}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('puts nothing on the timeline outside the dates the gold knows (background history, other news)', () => {
    const dates = gold.articles.flatMap((a) => a.events.map((e) => e.date).filter((d): d is string => !!d)).sort();
    const earliest = `${dates[0]!.slice(0, 7)}-01`;
    const latest = `${dates.at(-1)!.slice(0, 7)}-31`;
    const outside = events.filter((e) => e.dateStart && (e.dateStart < earliest || e.dateEnd! > latest));
    expect(outside.map((e) => `${e.type} ${e.date}`)).toEqual([]);
  });
});
