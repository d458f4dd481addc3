// A stand-in extractor for worker tests: it reads events from marker lines, so a test decides
// exactly what each article reports, and it counts its calls. The worker takes it through its
// `extract` option; the real extractor is exercised by the child-process tests.
//
//   @published 2024-05-11                                → publication date found in the text
//   @event MEETING 2024-05-10 alice-amini,bashir-nasser Ankara
//   @event PHONE_CALL - alice-amini,carl-berg            → undated, no place
//   @throw boom                                          → the extractor throws "boom"
import { createHash } from 'node:crypto';
import type { EventType, ExtractionResult, ExtractOptions, ExtractedActor, ExtractedEvent } from '../../src/extract/types.ts';

export interface FakeExtract {
  (text: string, options: ExtractOptions): Promise<ExtractionResult>;
  /** Calls per text sha256. */
  calls: Map<string, number>;
  totalCalls(): number;
}

export interface FakeOptions {
  /** @default 'fake-1' */
  version?: string;
  /** Async pause per call, to make an article take time. */
  delayMs?: number;
  /** Called when a call starts (before the pause). */
  onCall?: (text: string) => void;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function titleCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

export function createFakeExtract(opts: FakeOptions = {}): FakeExtract {
  const calls = new Map<string, number>();
  const fn = (async (text: string, options: ExtractOptions): Promise<ExtractionResult> => {
    const key = sha(text);
    calls.set(key, (calls.get(key) ?? 0) + 1);
    opts.onCall?.(text);
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    if (options.maxInputLength !== undefined && text.length > options.maxInputLength) {
      throw new RangeError(`Expected a text of at most ${options.maxInputLength} characters, got ${text.length}`);
    }
    const actors = new Map<string, ExtractedActor>();
    const events: ExtractedEvent[] = [];
    let textDate: string | null = null;
    let offset = 0;
    for (const line of text.split('\n')) {
      const start = offset;
      offset += line.length + 1;
      const [marker, ...rest] = line.trim().split(/\s+/);
      if (marker === '@throw') throw new Error(rest.join(' ') || 'fake extractor failure');
      if (marker === '@published') textDate = rest[0] ?? null;
      if (marker !== '@event') continue;
      const [type, date, who, place] = rest as [EventType, string, string, string | undefined];
      const ids = who.split(',');
      for (const id of ids) {
        const at = text.indexOf(id, start);
        const actor = actors.get(id) ?? { id, name: titleCase(id), kind: 'PERSON' as const, mentions: [] };
        actor.mentions.push({ text: id, start: at, end: at + id.length });
        actors.set(id, actor);
      }
      events.push({
        id: `x-${sha(`${type}|${date}|${[...ids].sort().join(',')}`).slice(0, 12)}`,
        type,
        date: date === '-' ? null : { value: date, start: date, end: date, precision: 'DAY' },
        status: 'OCCURRED',
        participants: ids.map((actorId, i) => ({ actorId, role: i === 0 ? 'HOST' : 'GUEST' })),
        location: place ?? null,
        evidence: [{ text: line, start, end: start + line.length }],
        confidence: 0.9,
      });
    }
    const publishedAt = options.publishedAt ?? textDate;
    return {
      language: options.language ?? (/[\u0600-\u06ff]/.test(text) ? 'fa' : 'en'),
      publishedAt,
      publishedAtSource: options.publishedAt ? 'metadata' : textDate ? 'text' : 'none',
      actors: [...actors.values()],
      events,
      extractorVersion: opts.version ?? 'fake-1',
    };
  }) as FakeExtract;
  fn.calls = calls;
  fn.totalCalls = () => [...calls.values()].reduce((a, b) => a + b, 0);
  return fn;
}

const ACTORS = [
  'alice-amini', 'bashir-nasser', 'carl-berg', 'dana-farahani', 'emil-haddad', 'farid-karimi', 'greta-lund',
  'hassan-rahimi', 'ines-moreau', 'jamal-saleh', 'karin-olsen', 'layla-hosseini', 'marco-conti', 'nadia-khalil',
];
const PLACES = ['Ankara', 'Doha', 'Oslo', 'Baku', 'Muscat', null];
const TYPES: EventType[] = ['MEETING', 'VISIT', 'PHONE_CALL', 'SUMMIT', 'STATEMENT'];
const LANGS = ['fa', 'ar', 'en'] as const;
const FILLER = {
  fa: 'این گزارش خبری در بخش سیاست منتشر شد.',
  ar: 'نشر هذا التقرير في قسم السياسة.',
  en: 'This report appeared in the politics section.',
};

/** A small deterministic PRNG (mulberry32), so generated corpora are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  text: string;
  url: string;
  language: 'fa' | 'ar' | 'en';
  publishedAt: string;
  outlet: string;
}

/**
 * `n` articles in the fake extractor's format: 1–3 events each, drawn from a pool of about n/3
 * events, so most events are reported by several articles (cross-article resolution has work).
 */
export function generateArticles(n: number, seed = 1, tag = 'gen'): GeneratedArticle[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const pool = Array.from({ length: Math.max(3, Math.ceil(n / 3)) }, (_, i) => {
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    while (b === a) b = pick(ACTORS);
    const day = 1 + (i % 28);
    const month = 1 + Math.floor(i / 28) % 12;
    return { type: pick(TYPES), date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, who: `${a},${b}`, place: pick(PLACES) };
  });
  return Array.from({ length: n }, (_, i) => {
    const language = LANGS[i % 3]!;
    const events = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(pool)))];
    const lines = [FILLER[language], ...events.map((e) => `@event ${e.type} ${e.date} ${e.who}${e.place ? ` ${e.place}` : ''}`), `${FILLER[language]} ${i}`];
    return {
      text: lines.join('\n'),
      url: `https://news.example/${tag}/${i}`,
      language,
      publishedAt: events[0]!.date,
      outlet: `Outlet ${i % 7}`,
    };
  });
}
