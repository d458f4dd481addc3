// A small multilingual graph for the dashboard test: three articles (fa, ar, en) with hand-written
// extractions, written with the real graph writer as the worker would, plus one more article that
// arrives while the page is open (live update).
//
// Events: 2024-02-14 Araghchi–Fidan MEETING in Ankara (fa AND en: one event, two sources);
// 2024-02-14 Araghchi STATEMENT (fa); 2024-04 Fidan VISIT to Tehran, PLANNED (fa, a month);
// 2024-03-05 Lavrov–al-Shaibani MEETING in Moscow (ar); 2024-03-06 Putin–al-Sharaa MEETING (ar);
// 2024-05 Putin INVITATION to al-Sharaa, PLANNED (ar, a month); 2024-02-20 Erdoğan–Putin
// PHONE_CALL (en). Live: 2024-06-10 Erdoğan–al-Sharaa MEETING in Ankara (en).
import type { ExtractionResult, Language, Participant } from '../../src/extract/types.ts';
import { articleId, enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { writeArticleGraph } from '../../src/graph/event-store.ts';
import type { EventType } from '../../src/extract/types.ts';

interface Actor {
  id: string;
  name: string;
}
const ARAGHCHI = { id: 'abbas-araghchi', name: 'Abbas Araghchi' };
const FIDAN = { id: 'hakan-fidan', name: 'Hakan Fidan' };
const LAVROV = { id: 'sergey-lavrov', name: 'Sergey Lavrov' };
const SHAIBANI = { id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani' };
const PUTIN = { id: 'vladimir-putin', name: 'Vladimir Putin' };
const SHARAA = { id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa' };
const ERDOGAN = { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan' };

export const ACTORS = { ARAGHCHI, FIDAN, LAVROV, SHAIBANI, PUTIN, SHARAA, ERDOGAN };

export interface FixtureEvent {
  key: string;
  type: EventType;
  date: { value: string; start: string; end: string; precision: 'DAY' | 'MONTH' };
  status: 'OCCURRED' | 'PLANNED';
  participants: Participant[];
  location: string | null;
  quote: string;
}

export interface FixtureArticle {
  url: string;
  outlet: string;
  title: string;
  language: Language;
  publishedAt: string;
  /** Actors and how the text names them. */
  actors: (Actor & { forms: string[] })[];
  events: FixtureEvent[];
  /** Lines around the quotes (menus, "latest news"). */
  extra: string;
}

const day = (d: string) => ({ value: d, start: d, end: d, precision: 'DAY' as const });
const month = (m: string, last: number) => ({ value: m, start: `${m}-01`, end: `${m}-${last}`, precision: 'MONTH' as const });
const p = (actor: Actor, role: Participant['role']): Participant => ({ actorId: actor.id, role });

export const FA_QUOTE = 'عباس عراقچی، وزیر امور خارجه ایران، روز ۲۵ بهمن در آنکارا با هاکان فیدان دیدار و گفت‌وگو کرد.';

export const FA: FixtureArticle = {
  url: 'https://fa.example.net/news/501',
  outlet: 'نمونه خبر',
  title: 'دیدار عراقچی و فیدان در آنکارا',
  language: 'fa',
  publishedAt: '2024-02-15',
  actors: [
    { ...ARAGHCHI, forms: ['عباس عراقچی', 'عراقچی'] },
    { ...FIDAN, forms: ['هاکان فیدان', 'فیدان'] },
  ],
  events: [
    { key: 'm', type: 'MEETING', date: day('2024-02-14'), status: 'OCCURRED', participants: [p(ARAGHCHI, 'GUEST'), p(FIDAN, 'HOST')], location: 'Ankara', quote: FA_QUOTE },
    { key: 's', type: 'STATEMENT', date: day('2024-02-14'), status: 'OCCURRED', participants: [p(ARAGHCHI, 'PARTICIPANT')], location: null, quote: 'عراقچی پس از این دیدار گفت ایران از گفت‌وگوی منطقه‌ای حمایت می‌کند.' },
    { key: 'v', type: 'VISIT', date: month('2024-04', 30), status: 'PLANNED', participants: [p(FIDAN, 'GUEST'), p(ARAGHCHI, 'HOST')], location: 'Tehran', quote: 'قرار است فیدان در فروردین به تهران سفر کند.' },
  ],
  extra: 'آخرین اخبار: قیمت طلا امروز',
};

export const AR: FixtureArticle = {
  url: 'https://ar.example.net/politics/77',
  outlet: 'أخبار المثال',
  title: 'الشيباني ولافروف في موسكو',
  language: 'ar',
  publishedAt: '2024-03-07',
  actors: [
    { ...LAVROV, forms: ['سيرغي لافروف'] },
    { ...SHAIBANI, forms: ['أسعد الشيباني'] },
    { ...PUTIN, forms: ['فلاديمير بوتين', 'بوتين'] },
    { ...SHARAA, forms: ['أحمد الشرع', 'الشرع'] },
  ],
  events: [
    { key: 'm1', type: 'MEETING', date: day('2024-03-05'), status: 'OCCURRED', participants: [p(LAVROV, 'HOST'), p(SHAIBANI, 'GUEST')], location: 'Moscow', quote: 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني في موسكو يوم 5 آذار/مارس.' },
    { key: 'm2', type: 'MEETING', date: day('2024-03-06'), status: 'OCCURRED', participants: [p(PUTIN, 'HOST'), p(SHARAA, 'GUEST')], location: 'Moscow', quote: 'واستقبل الرئيس فلاديمير بوتين الرئيس أحمد الشرع في الكرملين في اليوم التالي.' },
    { key: 'i', type: 'INVITATION', date: month('2024-05', 31), status: 'PLANNED', participants: [p(PUTIN, 'INITIATOR'), p(SHARAA, 'RECIPIENT')], location: null, quote: 'ووجه بوتين دعوة إلى الشرع لزيارة جديدة في أيار/مايو.' },
  ],
  extra: 'اقرأ أيضا: أسعار النفط',
};

export const EN: FixtureArticle = {
  url: 'https://en.example.net/world/9',
  outlet: 'Example Wire',
  title: 'Araghchi meets Fidan; Erdoğan calls Putin',
  language: 'en',
  publishedAt: '2024-02-21',
  actors: [
    { ...ARAGHCHI, forms: ['Abbas Araghchi'] },
    { ...FIDAN, forms: ['Hakan Fidan'] },
    { ...ERDOGAN, forms: ['Recep Tayyip Erdoğan'] },
    { ...PUTIN, forms: ['Vladimir Putin'] },
  ],
  events: [
    { key: 'm', type: 'MEETING', date: day('2024-02-14'), status: 'OCCURRED', participants: [p(ARAGHCHI, 'GUEST'), p(FIDAN, 'HOST')], location: 'Ankara', quote: 'Iranian Foreign Minister Abbas Araghchi met Hakan Fidan in Ankara on February 14.' },
    { key: 'c', type: 'PHONE_CALL', date: day('2024-02-20'), status: 'OCCURRED', participants: [p(ERDOGAN, 'INITIATOR'), p(PUTIN, 'RECIPIENT')], location: null, quote: 'Recep Tayyip Erdoğan held a phone call with Vladimir Putin on Tuesday.' },
  ],
  extra: 'Subscribe to our newsletter',
};

/** Arrives while the page is open. */
export const LIVE: FixtureArticle = {
  url: 'https://en.example.net/world/10',
  outlet: 'Example Wire',
  title: 'Erdoğan receives al-Sharaa',
  language: 'en',
  publishedAt: '2024-06-11',
  actors: [
    { ...ERDOGAN, forms: ['Recep Tayyip Erdoğan'] },
    { ...SHARAA, forms: ['Ahmed al-Sharaa'] },
  ],
  events: [
    { key: 'm', type: 'MEETING', date: day('2024-06-10'), status: 'OCCURRED', participants: [p(ERDOGAN, 'HOST'), p(SHARAA, 'GUEST')], location: 'Ankara', quote: 'Recep Tayyip Erdoğan received Ahmed al-Sharaa in Ankara on Monday.' },
  ],
  extra: 'Related: Markets',
};

export const ARTICLES = [FA, AR, EN];

const textOf = (a: FixtureArticle) => `${a.title}\n${a.events.map((e) => e.quote).join(' ')}\n${a.extra}`;

function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`fixture: "${part}" is not in the text`);
  return { text: part, start, end: start + part.length };
}

export function idOf(a: FixtureArticle): string {
  return articleId({ url: a.url, text: textOf(a) });
}

function extractionOf(a: FixtureArticle): ExtractionResult {
  const text = textOf(a);
  return {
    language: a.language,
    publishedAt: a.publishedAt,
    publishedAtSource: 'metadata',
    extractorVersion: 'dashboard-fixture',
    actors: a.actors.map((x) => ({ id: x.id, name: x.name, kind: 'PERSON', mentions: x.forms.map((f) => spanOf(text, f)) })),
    events: a.events.map((e) => ({
      id: `${a.language}-${e.key}`,
      type: e.type,
      date: e.date,
      status: e.status,
      participants: e.participants,
      location: e.location,
      evidence: [spanOf(text, e.quote)],
      confidence: 0.8,
    })),
  };
}

/** Stores the articles and writes their graphs, one transaction each, marked DONE as the worker does. */
export async function loadArticles(graph: GraphConnection, articles: FixtureArticle[]): Promise<void> {
  await enqueueArticles(graph, articles.map((a) => ({ text: textOf(a), url: a.url, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, language: a.language })));
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const a of articles) {
      await session.executeWrite(async (tx) => {
        await writeArticleGraph(tx, { article: { id: idOf(a), publishedAt: a.publishedAt }, result: extractionOf(a) });
        const label = { fa: 'ArticleFa', ar: 'ArticleAr', en: 'ArticleEn' }[a.language];
        await tx.run(`MATCH (x:Article {id: $id}) SET x.status = 'DONE', x:${label}`, { id: idOf(a) });
      });
    }
  } finally {
    await session.close();
  }
  await graph.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: graph.database });
}
