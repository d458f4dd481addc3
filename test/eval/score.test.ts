import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldEvent } from '../../src/eval/gold-schema.ts';
import { datesCompatible, dateExact, goldBounds, quotedPassages, score, scoreArticle, slug, trapRegions } from '../../src/eval/score.ts';
import type { EventDate, ExtractedEvent, ExtractionResult } from '../../src/extract/types.ts';

const day = (v: string): EventDate => ({ value: v, start: v, end: v, precision: 'DAY' });
const month = (v: string, start: string, end: string): EventDate => ({ value: v, start, end, precision: 'MONTH' });

function gold(over: Partial<GoldEvent> & Pick<GoldEvent, 'id' | 'type'>): GoldEvent {
  return { date: null, participants: [], core: true, ...over };
}

function ev(over: Partial<ExtractedEvent> & Pick<ExtractedEvent, 'type'>, who: string[] = []): ExtractedEvent {
  return {
    id: `evt-${Math.random().toString(16).slice(2)}`,
    date: null,
    status: 'OCCURRED',
    participants: who.map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
    location: null,
    evidence: [],
    confidence: 0.9,
    ...over,
  };
}

function result(events: ExtractedEvent[], actors: [string, string][] = []): ExtractionResult {
  return {
    language: 'en',
    publishedAt: '2025-10-15',
    publishedAtSource: 'metadata',
    actors: actors.map(([id, name]) => ({ id, name, kind: 'PERSON', mentions: [] })),
    events,
    extractorVersion: 'test',
  };
}

const article = (events: GoldEvent[], traps: string[] = []): GoldArticle => ({ file: 'a.txt', events, traps });

describe('slug', () => {
  it('turns gold names into actor ids', () => {
    expect(slug('Ahmed al-Sharaa')).toBe('ahmed-al-sharaa');
    expect(slug('António Guterres')).toBe('antonio-guterres');
  });
});

describe('dates', () => {
  it('needs the same day for a day-precision gold date', () => {
    const g = gold({ id: 'g', type: 'MEETING', date: '2025-10-15' });
    expect(datesCompatible(g, ev({ type: 'MEETING', date: day('2025-10-15') }))).toBe(true);
    expect(datesCompatible(g, ev({ type: 'MEETING', date: day('2025-10-14') }))).toBe(false);
    expect(datesCompatible(g, ev({ type: 'MEETING', date: month('2025-10', '2025-10-01', '2025-10-31') }))).toBe(false);
    expect(datesCompatible(g, ev({ type: 'MEETING', date: null }))).toBe(false);
  });

  it('needs overlap for a month or range, and matches anything for a null gold date', () => {
    const mehr = gold({ id: 'g', type: 'VISIT', date: '2025-10', range: ['2025-09-23', '2025-10-22'] });
    expect(datesCompatible(mehr, ev({ type: 'VISIT', date: day('2025-09-25') }))).toBe(true);
    expect(datesCompatible(mehr, ev({ type: 'VISIT', date: day('2025-10-25') }))).toBe(false);
    expect(datesCompatible(gold({ id: 'n', type: 'VISIT', date: null }), ev({ type: 'VISIT', date: day('1999-01-01') }))).toBe(true);
    expect(goldBounds('2025-02')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(goldBounds('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('counts a date exact only when the value (and a gold range) agree; null only with null', () => {
    const mehr = gold({ id: 'g', type: 'VISIT', date: '2025-10', range: ['2025-09-23', '2025-10-22'] });
    expect(dateExact(mehr, ev({ type: 'VISIT', date: month('2025-10', '2025-09-23', '2025-10-22') }))).toBe(true);
    expect(dateExact(mehr, ev({ type: 'VISIT', date: month('2025-10', '2025-10-01', '2025-10-31') }))).toBe(false);
    expect(dateExact(gold({ id: 'n', type: 'VISIT', date: null }), ev({ type: 'VISIT', date: null }))).toBe(true);
    expect(dateExact(gold({ id: 'n', type: 'VISIT', date: null }), ev({ type: 'VISIT', date: day('2025-10-15') }))).toBe(false);
  });
});

describe('matching', () => {
  it('requires keyParticipants when listed, else half the participants and at least one', () => {
    const keyed = gold({ id: 'k', type: 'MEETING', participants: ['A B', 'C D', 'E F'], keyParticipants: ['A B', 'C D'] });
    expect(scoreArticle({ gold: article([keyed]), text: '', result: result([ev({ type: 'MEETING' }, ['a-b', 'e-f'])]) }).matched).toHaveLength(0);
    expect(scoreArticle({ gold: article([keyed]), text: '', result: result([ev({ type: 'MEETING' }, ['a-b', 'c-d'])]) }).matched).toHaveLength(1);
    const three = gold({ id: 't', type: 'MEETING', participants: ['A B', 'C D', 'E F'] });
    expect(scoreArticle({ gold: article([three]), text: '', result: result([ev({ type: 'MEETING' }, ['a-b'])]) }).matched).toHaveLength(0);
    expect(scoreArticle({ gold: article([three]), text: '', result: result([ev({ type: 'MEETING' }, ['a-b', 'x-y', 'c-d'])]) }).matched).toHaveLength(1);
  });

  it('matches by actor name as well as by id', () => {
    const g = gold({ id: 'g', type: 'PHONE_CALL', participants: ['Vladimir Putin'] });
    const r = result([ev({ type: 'PHONE_CALL' }, ['putin-1'])], [['putin-1', 'Vladimir Putin']]);
    expect(scoreArticle({ gold: article([g]), text: '', result: r }).matched).toHaveLength(1);
  });

  it('pairs each gold event with at most one extracted event and finds the maximum matching', () => {
    const g1 = gold({ id: 'g1', type: 'MEETING', participants: ['A B', 'C D'] });
    const g2 = gold({ id: 'g2', type: 'MEETING', participants: ['A B'] });
    // e1 fits both gold events, e2 only g1: a greedy pairing of g1 with e1 would leave g2 unmatched.
    const e1 = ev({ type: 'MEETING' }, ['a-b', 'c-d']);
    const e2 = ev({ type: 'MEETING' }, ['c-d']);
    const s = scoreArticle({ gold: article([g1, g2]), text: '', result: result([e1, e2]) });
    expect(s.matched.map((m) => [m.gold.id, m.extracted])).toEqual([
      ['g1', e2],
      ['g2', e1],
    ]);
    expect(s.misses).toEqual([]);
  });

  it('reports a second extracted copy of a matched event as a duplicate', () => {
    const g = gold({ id: 'g', type: 'INVITATION', participants: ['A B', 'C D'] });
    const s = scoreArticle({ gold: article([g]), text: '', result: result([ev({ type: 'INVITATION' }, ['a-b', 'c-d']), ev({ type: 'INVITATION' }, ['a-b', 'c-d'])]) });
    expect(s.matched).toHaveLength(1);
    expect(s.duplicates).toHaveLength(1);
    expect(s.trapHits).toHaveLength(0);
  });
});

describe('figures', () => {
  it('computes P/R/F1 over all and core events, date exactness and micro participant F1', () => {
    const g1 = gold({ id: 'g1', type: 'MEETING', date: '2025-10-15', participants: ['A B', 'C D'], core: true });
    const g2 = gold({ id: 'g2', type: 'VISIT', date: '2025-10', participants: ['A B'], core: false });
    const g3 = gold({ id: 'g3', type: 'SUMMIT', participants: ['E F'], core: true });
    const r = result([
      ev({ type: 'MEETING', date: day('2025-10-15') }, ['a-b', 'c-d', 'x-y']),
      ev({ type: 'VISIT', date: day('2025-10-03') }, ['a-b']),
      ev({ type: 'STATEMENT', date: day('2025-10-01') }, ['a-b']),
    ]);
    const s = score([{ gold: article([g1, g2, g3]), text: '', result: r }]);
    expect(s.all).toMatchObject({ tp: 2, gold: 3, extracted: 3 });
    expect(s.all.precision).toBeCloseTo(2 / 3);
    expect(s.all.recall).toBeCloseTo(2 / 3);
    // Core: one of two core gold events; precision leaves out the event matched to non-core g2.
    expect(s.core.recall).toBeCloseTo(1 / 2);
    expect(s.core.precision).toBeCloseTo(1 / 2);
    expect(s.datesExact).toMatchObject({ exact: 1, matched: 2 });
    // Participants: tp 3 (a-b, c-d; a-b), fp 1 (x-y), fn 0.
    expect(s.participants).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(s.participants.f1).toBeCloseTo(6 / 7);
  });
});

describe('trap passages', () => {
  const text = ['Headline', 'Background: relations date from 1944.', 'Putin met Sharaa in Moscow on Wednesday.', 'Latest news', 'Erdogan met Aliyev.'].join('\n');
  const g = gold({ id: 'g', type: 'MEETING', participants: ['Vladimir Putin'], evidence: 'Putin met Sharaa ... Moscow' });
  const at = (needle: string) => {
    const start = text.indexOf(needle);
    return { text: needle, start, end: start + needle.length };
  };

  it('counts an unmatched event whose evidence lies after the last gold evidence line', () => {
    const s = scoreArticle({
      gold: article([g]),
      text,
      result: result([ev({ type: 'MEETING', evidence: [at('Erdogan met Aliyev.')] }, ['recep-tayyip-erdogan'])]),
    });
    expect(s.trapHits).toHaveLength(1);
  });

  it('counts quoted passages only in descriptions that deny an event', () => {
    expect(quotedPassages("the readers' comments after 'نظرات شما' (they argue): no event")).toEqual([{ fragments: ['نظرات شما'], after: true }]);
    const denies = { ...article([g], ["'relations date ... 1944' is background, not a meeting"]) };
    const names = { ...article([g], ["'Putin met' and 'Sharaa' are spellings of names"]) };
    const bg = ev({ type: 'MEETING', evidence: [at('Background: relations date from 1944.')] }, ['x-y']);
    expect(trapRegions({ gold: denies, text, result: result([]) }).some((r) => r.start <= at('Background').start && r.end >= at('1944.').end)).toBe(true);
    expect(scoreArticle({ gold: denies, text, result: result([bg]) }).trapHits).toHaveLength(1);
    expect(scoreArticle({ gold: names, text, result: result([bg]) }).trapHits).toHaveLength(0);
  });
});
