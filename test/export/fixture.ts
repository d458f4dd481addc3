// A small graph for the export tests, written the way the worker writes it (writeArticleGraph in
// executeWrite), from hand-written extraction results: Persian and Arabic aliases, titles and
// quotes, month-precision dates, an undated event, a quote with markup, quotes and a control character.
import { Writable } from 'node:stream';
import { enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { writeArticleGraph } from '../../src/graph/event-store.ts';
import type { ExtractedActor, ExtractedEvent, ExtractionResult } from '../../src/extract/types.ts';
import { exportGraph, parseExportOptions, type RawExportOptions } from '../../src/export/index.ts';

export const FA_TITLE = 'دیدار عراقچی و فیدان در آنکارا';
export const AR_TITLE = 'وزير الخارجية القطري يستقبل عراقجي في الدوحة';
/** Markup, quotes, a newline, a tab and U+0001 (which XML 1.0 cannot carry). */
export const AR_QUOTE = 'استقبل «محمد بن عبدالرحمن» وزير الخارجية <عراقجي> & "الوفد"\n\tفي الدوحة\u0001';
export const AR_QUOTE_XML = AR_QUOTE.replace('\u0001', '');

const actor = (id: string, name: string, kind: ExtractedActor['kind'], ...texts: string[]): ExtractedActor => ({
  id,
  name,
  kind,
  mentions: texts.map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length })),
});
const FIDAN = actor('hakan-fidan', 'Hakan Fidan', 'PERSON', 'فیدان', 'هاکان فیدان', 'Fidan, Hakan');
const ARAGHCHI = actor('abbas-araghchi', 'Abbas Araghchi', 'PERSON', 'عراقچی', 'عراقجي');
const AL_THANI = actor('mohammed-al-thani', 'Mohammed bin Abdulrahman Al Thani', 'PERSON', 'محمد بن عبدالرحمن آل ثاني');
const TURKEY = actor('turkey', 'Turkey', 'COUNTRY', 'ترکیه');

const month = (m: string, last: number) => ({ value: m, start: `${m}-01`, end: `${m}-${last}`, precision: 'MONTH' as const });
const day = (d: string) => ({ value: d, start: d, end: d, precision: 'DAY' as const });
const ev = (id: string, over: Partial<ExtractedEvent>): ExtractedEvent => ({
  id,
  type: 'MEETING',
  date: null,
  status: 'OCCURRED',
  participants: [],
  location: null,
  evidence: [{ text: `quote ${id}`, start: 0, end: 8 }],
  confidence: 0.75,
  ...over,
});
const result = (language: 'fa' | 'ar' | 'en', publishedAt: string, actors: ExtractedActor[], events: ExtractedEvent[]): ExtractionResult => ({
  language,
  publishedAt,
  publishedAtSource: 'metadata',
  extractorVersion: 'test',
  actors,
  events,
});

export const ARTICLES = [
  {
    input: { text: 'fa export article', url: 'https://example.org/fa/1', title: FA_TITLE, outlet: 'خبرگزاری', publishedAt: '2024-03-01', language: 'fa' },
    result: result('fa', '2024-03-01', [FIDAN, ARAGHCHI, TURKEY], [
      ev('m1', {
        status: 'PLANNED',
        date: month('2024-03', 31),
        location: 'Ankara',
        participants: [{ actorId: 'hakan-fidan', role: 'HOST' }, { actorId: 'abbas-araghchi', role: 'GUEST' }],
        evidence: [{ text: 'عراقچی در سفر به آنکارا با فیدان دیدار خواهد کرد', start: 5, end: 52 }],
        confidence: 0.9,
      }),
    ]),
  },
  {
    input: { text: 'ar export article', url: 'https://example.org/ar/1', title: AR_TITLE, outlet: 'الجزيرة', publishedAt: '2024-05-10', language: 'ar' },
    result: result('ar', '2024-05-10', [ARAGHCHI, AL_THANI], [
      ev('v1', {
        type: 'VISIT',
        date: day('2024-05-09'),
        location: 'Doha',
        participants: [{ actorId: 'mohammed-al-thani', role: 'HOST' }, { actorId: 'abbas-araghchi', role: 'GUEST' }],
        evidence: [{ text: AR_QUOTE, start: 3, end: 3 + AR_QUOTE.length }],
      }),
      ev('s1', { type: 'STATEMENT', date: null, participants: [{ actorId: 'mohammed-al-thani', role: 'PARTICIPANT' }] }),
    ]),
  },
  {
    input: { text: 'en export article', url: 'https://example.org/en/1', title: 'Fidan calls Al Thani', outlet: 'Wire', publishedAt: '2024-07-02', language: 'en' },
    result: result('en', '2024-07-02', [FIDAN, ARAGHCHI, AL_THANI], [
      ev('c1', {
        type: 'PHONE_CALL',
        date: day('2024-07-01'),
        participants: [{ actorId: 'hakan-fidan', role: 'INITIATOR' }, { actorId: 'mohammed-al-thani', role: 'RECIPIENT' }],
      }),
      ev('u1', {
        type: 'SUMMIT',
        date: month('2024-06', 30),
        location: 'Tehran',
        participants: [
          { actorId: 'hakan-fidan', role: 'PARTICIPANT' },
          { actorId: 'abbas-araghchi', role: 'HOST' },
          { actorId: 'mohammed-al-thani', role: 'PARTICIPANT' },
        ],
      }),
    ]),
  },
];

/** Writes the articles and their extractions; the graph should be empty before. */
export async function buildExportGraph(graph: GraphConnection): Promise<void> {
  const ids = await enqueueArticles(graph, ARTICLES.map((a) => a.input));
  for (const [i, a] of ARTICLES.entries()) {
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => writeArticleGraph(tx, { article: { id: ids[i]!.id, publishedAt: a.input.publishedAt }, result: a.result }));
    } finally {
      await session.close();
    }
  }
}

/** Collects what a writable receives. */
export class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.chunks.push(chunk);
    cb();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** Runs one export into memory and returns its text. */
export async function exportText(graph: GraphConnection, raw: RawExportOptions): Promise<string> {
  const out = new Collector();
  await exportGraph(graph, parseExportOptions(raw), out);
  return out.text();
}

/** Counts straight from the graph, to compare exports with. */
export async function graphCounts(graph: GraphConnection): Promise<Record<string, number>> {
  const { records } = await graph.driver.executeQuery(`
    CALL () { MATCH (n:Actor) RETURN 'Actor' AS k, count(n) AS n UNION ALL MATCH (n:Event) RETURN 'Event' AS k, count(n) AS n
      UNION ALL MATCH (n:Place) RETURN 'Place' AS k, count(n) AS n UNION ALL MATCH (n:Article) RETURN 'Article' AS k, count(n) AS n
      UNION ALL MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'PARTICIPATED_IN' AS k, count(r) AS n UNION ALL MATCH ()-[r:AT]->() RETURN 'AT' AS k, count(r) AS n
      UNION ALL MATCH ()-[r:MET]->() RETURN 'MET' AS k, count(r) AS n UNION ALL MATCH ()-[r:REPORTED_IN]->() RETURN 'REPORTED_IN' AS k, count(r) AS n }
    RETURN k, n`);
  return Object.fromEntries(records.map((r) => [r.get('k') as string, r.get('n') as number]));
}
