// Hand-written extractions of five short articles (fa, ar, en) for the API tests, written into the
// graph with the real graph writer (writeArticleGraph), as the worker would, without the extractor.
//
// Events (10): 2024-03-11 Putin–al-Sharaa MEETING in Moscow, reported by fa-1 AND ar-1 (one event);
// 2024-03-11 Lavrov STATEMENT (fa-1); 2024-03-12 Lavrov–al-Shaibani MEETING in Moscow (ar-1);
// 2024-04 al-Sharaa INVITATION by Putin, PLANNED (ar-1); 2024-05-19 Erdoğan–Putin PHONE_CALL (en-1);
// 2024-05 Araghchi–Fidan MEETING in Ankara (en-1); 2024-05-20 Lavrov PRESS_CONFERENCE (en-1);
// 2024-07-01 Araghchi VISIT to al-Sharaa and al-Shaibani in Damascus (fa-2); an undated Araghchi
// STATEMENT (fa-2); 2024-10 Putin–Erdoğan–al-Sharaa SUMMIT in Moscow, PLANNED (en-2).
import type { ExtractedActor, ExtractedEvent, ExtractionResult, Language, Participant } from '../../src/extract/types.ts';
import { articleId, enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { writeArticleGraph } from '../../src/graph/event-store.ts';

export interface FixtureArticle {
  key: string;
  url: string;
  outlet: string;
  language: Language;
  publishedAt: string;
  title: string;
  text: string;
  /** Actors: id, English name, kind, and the surface forms to find in the text. */
  actors: { id: string; name: string; kind: ExtractedActor['kind']; forms: string[] }[];
  events: {
    key: string;
    type: ExtractedEvent['type'];
    date: ExtractedEvent['date'];
    status: ExtractedEvent['status'];
    participants: Participant[];
    location: string | null;
    /** The evidence sentence, found in the text. */
    quote: string;
    confidence: number;
  }[];
}

const day = (d: string) => ({ value: d, start: d, end: d, precision: 'DAY' as const });
const month = (m: string, last: number) => ({ value: m, start: `${m}-01`, end: `${m}-${last}`, precision: 'MONTH' as const });

const PUTIN = { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON' as const };
const SHARAA = { id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', kind: 'PERSON' as const };
const LAVROV = { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'PERSON' as const };
const SHAIBANI = { id: 'asaad-al-shaibani', name: 'Asaad al-Shaibani', kind: 'PERSON' as const };
const ERDOGAN = { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', kind: 'PERSON' as const };
const ARAGHCHI = { id: 'abbas-araghchi', name: 'Abbas Araghchi', kind: 'PERSON' as const };
const FIDAN = { id: 'hakan-fidan', name: 'Hakan Fidan', kind: 'PERSON' as const };

export const FA_1: FixtureArticle = {
  key: 'fa-1',
  url: 'https://fa.example.org/news/1001',
  outlet: 'Example Persian Daily',
  language: 'fa',
  publishedAt: '2024-03-12',
  title: 'دیدار پوتین و احمد الشرع در مسکو',
  text:
    'خبرگزاری — ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه ۲۱ اسفند در کرملین با احمد الشرع دیدار کرد. ' +
    'دو طرف درباره همکاری‌های اقتصادی گفت‌وگو کردند. ' +
    'سرگئی لاوروف، وزیر خارجه روسیه، در همان روز گفت که مسکو از ثبات سوریه حمایت می‌کند. ' +
    'آخرین اخبار: قیمت طلا امروز',
  actors: [
    { ...PUTIN, forms: ['ولادیمیر پوتین'] },
    { ...SHARAA, forms: ['احمد الشرع'] },
    { ...LAVROV, forms: ['سرگئی لاوروف'] },
  ],
  events: [
    {
      key: 'm1', type: 'MEETING', date: day('2024-03-11'), status: 'OCCURRED',
      participants: [{ actorId: 'vladimir-putin', role: 'HOST' }, { actorId: 'ahmed-al-sharaa', role: 'GUEST' }],
      location: 'Moscow', quote: 'ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه ۲۱ اسفند در کرملین با احمد الشرع دیدار کرد.', confidence: 0.8,
    },
    {
      key: 's1', type: 'STATEMENT', date: day('2024-03-11'), status: 'OCCURRED',
      participants: [{ actorId: 'sergey-lavrov', role: 'PARTICIPANT' }],
      location: null, quote: 'سرگئی لاوروف، وزیر خارجه روسیه، در همان روز گفت که مسکو از ثبات سوریه حمایت می‌کند.', confidence: 0.7,
    },
  ],
};

export const AR_1: FixtureArticle = {
  key: 'ar-1',
  url: 'https://ar.example.org/politics/2002',
  outlet: 'Example Arabic News',
  language: 'ar',
  publishedAt: '2024-03-13',
  title: 'الشرع في موسكو',
  text:
    'موسكو — استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين يوم 11 آذار/مارس 2024. ' +
    'وفي اليوم التالي التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني في موسكو. ' +
    'ووجه بوتين دعوة إلى الشرع لزيارة جديدة في نيسان/أبريل المقبل. ' +
    'اقرأ أيضا: أسعار النفط',
  actors: [
    { ...PUTIN, forms: ['فلاديمير بوتين', 'بوتين'] },
    { ...SHARAA, forms: ['أحمد الشرع', 'الشرع'] },
    { ...LAVROV, forms: ['سيرغي لافروف', 'لافروف'] },
    { ...SHAIBANI, forms: ['أسعد الشيباني'] },
  ],
  events: [
    {
      key: 'm1', type: 'MEETING', date: day('2024-03-11'), status: 'OCCURRED',
      participants: [{ actorId: 'vladimir-putin', role: 'HOST' }, { actorId: 'ahmed-al-sharaa', role: 'GUEST' }],
      location: 'Moscow', quote: 'استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري أحمد الشرع في الكرملين يوم 11 آذار/مارس 2024.', confidence: 0.9,
    },
    {
      key: 'm2', type: 'MEETING', date: day('2024-03-12'), status: 'OCCURRED',
      participants: [{ actorId: 'sergey-lavrov', role: 'HOST' }, { actorId: 'asaad-al-shaibani', role: 'GUEST' }],
      location: 'Moscow', quote: 'وفي اليوم التالي التقى وزير الخارجية الروسي سيرغي لافروف نظيره السوري أسعد الشيباني في موسكو.', confidence: 0.85,
    },
    {
      key: 'i1', type: 'INVITATION', date: month('2024-04', 30), status: 'PLANNED',
      participants: [{ actorId: 'vladimir-putin', role: 'INITIATOR' }, { actorId: 'ahmed-al-sharaa', role: 'RECIPIENT' }],
      location: null, quote: 'ووجه بوتين دعوة إلى الشرع لزيارة جديدة في نيسان/أبريل المقبل.', confidence: 0.6,
    },
  ],
};

export const EN_1: FixtureArticle = {
  key: 'en-1',
  url: 'https://en.example.org/world/3003',
  outlet: 'Example Wire',
  language: 'en',
  publishedAt: '2024-05-20',
  title: 'Erdoğan calls Putin; Araghchi and Fidan hold talks in Ankara',
  text:
    'ANKARA — Turkish President Recep Tayyip Erdoğan held a phone call with Vladimir Putin on Sunday, May 19. ' +
    'Iranian Foreign Minister Abbas Araghchi and his Turkish counterpart Hakan Fidan held talks in Ankara this month. ' +
    'Russian Foreign Minister Sergey Lavrov (Лавров) gave a press conference in Moscow on Monday. ' +
    'Related: Markets close higher',
  actors: [
    { ...ERDOGAN, forms: ['Recep Tayyip Erdoğan'] },
    { ...PUTIN, forms: ['Vladimir Putin'] },
    { ...ARAGHCHI, forms: ['Abbas Araghchi'] },
    { ...FIDAN, forms: ['Hakan Fidan'] },
    { ...LAVROV, forms: ['Sergey Lavrov', 'Лавров'] },
  ],
  events: [
    {
      key: 'c1', type: 'PHONE_CALL', date: day('2024-05-19'), status: 'OCCURRED',
      participants: [{ actorId: 'recep-tayyip-erdogan', role: 'INITIATOR' }, { actorId: 'vladimir-putin', role: 'RECIPIENT' }],
      location: null, quote: 'Turkish President Recep Tayyip Erdoğan held a phone call with Vladimir Putin on Sunday, May 19.', confidence: 0.9,
    },
    {
      key: 'm3', type: 'MEETING', date: month('2024-05', 31), status: 'OCCURRED',
      participants: [{ actorId: 'abbas-araghchi', role: 'GUEST' }, { actorId: 'hakan-fidan', role: 'HOST' }],
      location: 'Ankara', quote: 'Iranian Foreign Minister Abbas Araghchi and his Turkish counterpart Hakan Fidan held talks in Ankara this month.', confidence: 0.75,
    },
    {
      key: 'p1', type: 'PRESS_CONFERENCE', date: day('2024-05-20'), status: 'OCCURRED',
      participants: [{ actorId: 'sergey-lavrov', role: 'PARTICIPANT' }],
      location: 'Moscow', quote: 'Russian Foreign Minister Sergey Lavrov (Лавров) gave a press conference in Moscow on Monday.', confidence: 0.8,
    },
  ],
};

export const FA_2: FixtureArticle = {
  key: 'fa-2',
  url: 'https://fa.example.org/news/1044',
  outlet: 'Example Persian Daily',
  language: 'fa',
  publishedAt: '2024-07-02',
  title: 'سفر عراقچی به دمشق',
  text:
    'عباس عراقچی، وزیر امور خارجه ایران، روز ۱۱ تیر در سفر به دمشق با احمد الشرع و اسعد شیبانی دیدار کرد. ' +
    'عراقچی همچنین گفت ایران از گفت‌وگوی منطقه‌ای حمایت می‌کند. ' +
    'پربازدیدترین‌ها',
  actors: [
    { ...ARAGHCHI, forms: ['عباس عراقچی', 'عراقچی'] },
    { ...SHARAA, forms: ['احمد الشرع'] },
    { ...SHAIBANI, forms: ['اسعد شیبانی'] },
  ],
  events: [
    {
      key: 'v1', type: 'VISIT', date: day('2024-07-01'), status: 'OCCURRED',
      participants: [
        { actorId: 'abbas-araghchi', role: 'GUEST' },
        { actorId: 'ahmed-al-sharaa', role: 'HOST' },
        { actorId: 'asaad-al-shaibani', role: 'PARTICIPANT' },
      ],
      location: 'Damascus', quote: 'عباس عراقچی، وزیر امور خارجه ایران، روز ۱۱ تیر در سفر به دمشق با احمد الشرع و اسعد شیبانی دیدار کرد.', confidence: 0.85,
    },
    {
      key: 's2', type: 'STATEMENT', date: null, status: 'OCCURRED',
      participants: [{ actorId: 'abbas-araghchi', role: 'PARTICIPANT' }],
      location: null, quote: 'عراقچی همچنین گفت ایران از گفت‌وگوی منطقه‌ای حمایت می‌کند.', confidence: 0.5,
    },
  ],
};

export const EN_2: FixtureArticle = {
  key: 'en-2',
  url: 'https://en.example.org/world/3100',
  outlet: 'Example Wire',
  language: 'en',
  publishedAt: '2024-09-20',
  title: 'Moscow to host summit on Syria',
  text:
    'MOSCOW — Vladimir Putin will host Recep Tayyip Erdoğan and Ahmed al-Sharaa at a summit in Moscow in October, the Kremlin said. ' +
    'Subscribe to our newsletter',
  actors: [
    { ...PUTIN, forms: ['Vladimir Putin'] },
    { ...ERDOGAN, forms: ['Recep Tayyip Erdoğan'] },
    { ...SHARAA, forms: ['Ahmed al-Sharaa'] },
  ],
  events: [
    {
      key: 'u1', type: 'SUMMIT', date: month('2024-10', 31), status: 'PLANNED',
      participants: [
        { actorId: 'vladimir-putin', role: 'HOST' },
        { actorId: 'recep-tayyip-erdogan', role: 'GUEST' },
        { actorId: 'ahmed-al-sharaa', role: 'GUEST' },
      ],
      location: 'Moscow', quote: 'Vladimir Putin will host Recep Tayyip Erdoğan and Ahmed al-Sharaa at a summit in Moscow in October, the Kremlin said.', confidence: 0.7,
    },
  ],
};

export const ARTICLES = [FA_1, AR_1, EN_1, FA_2, EN_2];

function spanOf(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start === -1) throw new Error(`fixture: "${part}" is not in the text`);
  return { text: part, start, end: start + part.length };
}

/** The ExtractionResult the extractor would produce for a fixture article. */
export function extractionOf(a: FixtureArticle): ExtractionResult {
  return {
    language: a.language,
    publishedAt: a.publishedAt,
    publishedAtSource: 'metadata',
    extractorVersion: 'fixture-1',
    actors: a.actors.map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind,
      mentions: x.forms.map((f) => spanOf(a.text, f)),
    })),
    events: a.events.map((e) => ({
      id: `${a.key}-${e.key}`,
      type: e.type,
      date: e.date,
      status: e.status,
      participants: e.participants,
      location: e.location,
      evidence: [spanOf(a.text, e.quote)],
      confidence: e.confidence,
    })),
  };
}

export function idOf(a: FixtureArticle): string {
  return articleId({ url: a.url, text: a.text });
}

/**
 * Stores the articles and writes their extractions, one transaction each, as the worker does, then
 * marks them DONE with their language label (what the worker adds for the full-text indexes).
 * `transform` lets a test rewrite an extraction on the way in (analysts' corrections).
 */
export async function loadFixtures(
  graph: GraphConnection,
  articles: FixtureArticle[] = ARTICLES,
  transform?: (result: ExtractionResult, tx: import('neo4j-driver').ManagedTransaction) => Promise<ExtractionResult>,
): Promise<void> {
  await enqueueArticles(graph, articles.map((a) => ({ text: a.text, url: a.url, outlet: a.outlet, title: a.title, publishedAt: a.publishedAt, language: a.language })));
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const a of articles) {
      await session.executeWrite(async (tx) => {
        const raw = extractionOf(a);
        const result = transform ? await transform(raw, tx) : raw;
        await writeArticleGraph(tx, { article: { id: idOf(a), publishedAt: a.publishedAt }, result });
        await tx.run(
          `MATCH (a:Article {id: $id})
           SET a.status = 'DONE', a.extractorVersion = $version
           FOREACH (_ IN CASE WHEN a.language = 'fa' THEN [1] ELSE [] END | SET a:ArticleFa)
           FOREACH (_ IN CASE WHEN a.language = 'ar' THEN [1] ELSE [] END | SET a:ArticleAr)
           FOREACH (_ IN CASE WHEN a.language = 'en' THEN [1] ELSE [] END | SET a:ArticleEn)`,
          { id: idOf(a), version: result.extractorVersion },
        );
      });
    }
  } finally {
    await session.close();
  }
  // Full-text indexes are eventually consistent: wait until they have caught up.
  await graph.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: graph.database });
}
