// Helpers for the date tests (chrono's test_util): every case names its publication date, runs on
// normalized text as the pipeline does, and prints every mention found when it fails.
import { expect, it } from 'vitest';
import { normalize } from '../../src/extract/normalize.ts';
import { findDateMentions, type DateMention } from '../../src/extract/time/index.ts';
import type { Language, Precision } from '../../src/extract/types.ts';

export interface Expected {
  /** `date.value`. */
  value: string;
  /** `date.start` / `date.end`; by default derived from `value` for Gregorian months, days and years. */
  start?: string;
  end?: string;
  precision?: Precision;
  /** `futureDate.value`, or null for none. Unchecked when absent. */
  future?: string | null;
  kind?: DateMention['kind'];
  part?: DateMention['part'] | null;
  isRange?: boolean;
}

/** One group of a corpus: examples that all resolve to `expect` against `publishedAt`. */
export interface CorpusGroup {
  publishedAt: string;
  expect: Expected;
  examples: readonly string[];
}

export function mentionsOf(raw: string, language: Language, publishedAt: string | null): DateMention[] {
  return findDateMentions(normalize(raw).text, { language, publishedAt });
}

const trace = (ms: readonly DateMention[]): string =>
  ms.length === 0 ? 'no mention' : ms.map((m) => `[${m.text}] ${m.kind} ${JSON.stringify(m.date)} ${m.tags.join(',')}`).join('\n');

function lastDayOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${ym}-${String(d).padStart(2, '0')}`;
}

export function expectDate(m: DateMention, e: Expected, all: readonly DateMention[] = [m]): void {
  const why = trace(all);
  const precision = e.precision ?? (e.value.length === 10 ? 'DAY' : e.value.length === 7 ? 'MONTH' : 'YEAR');
  expect(m.date.value, why).toBe(e.value);
  expect(m.date.precision, why).toBe(precision);
  const start = e.start ?? (precision === 'DAY' ? e.value : precision === 'MONTH' ? `${e.value}-01` : `${e.value}-01-01`);
  const end = e.end ?? (precision === 'DAY' ? e.value : precision === 'MONTH' ? lastDayOfMonth(e.value) : `${e.value}-12-31`);
  expect(m.date.start, why).toBe(start);
  expect(m.date.end, why).toBe(end);
  if (e.future !== undefined) expect(m.futureDate?.value ?? null, why).toBe(e.future);
  if (e.kind !== undefined) expect(m.kind, why).toBe(e.kind);
  if (e.part !== undefined) expect(m.part ?? null, why).toBe(e.part);
  if (e.isRange !== undefined) expect(m.isRange, why).toBe(e.isRange);
}

/** The text holds exactly one date mention, and `check` holds for it. */
export function testSingleCase(raw: string, language: Language, publishedAt: string | null, e: Expected): DateMention {
  const ms = mentionsOf(raw, language, publishedAt);
  expect(ms, trace(ms)).toHaveLength(1);
  expectDate(ms[0]!, e, ms);
  return ms[0]!;
}

/** The text holds no date mention at all. */
export function testUnexpectedResult(raw: string, language: Language, publishedAt: string | null): void {
  const ms = mentionsOf(raw, language, publishedAt);
  expect(ms, trace(ms)).toEqual([]);
}

/** One `it` per example of every group. */
export function itResolvesCorpus(language: Language, corpus: readonly CorpusGroup[]): void {
  const rows = corpus.flatMap((g) => g.examples.map((text) => [text, g.publishedAt, g.expect] as const));
  it.each(rows)('%s (published %s)', (text, publishedAt, e) => {
    testSingleCase(text, language, publishedAt, e);
  });
}

/** One `it` per trap: none may yield a date. */
export function itFindsNothingIn(language: Language, publishedAt: string, traps: readonly string[]): void {
  it.each(traps)('no date in %s', (text) => {
    testUnexpectedResult(text, language, publishedAt);
  });
}
