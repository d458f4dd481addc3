// Word boundaries, clitics, misuse and robustness of the recognizer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActorMentions, findMentions, findPlaceMentions } from '../../../src/extract/actors/index.ts';
import { normalize } from '../../../src/extract/normalize.ts';
import type { Language } from '../../../src/extract/types.ts';

// Letters of lexicon forms, spaces, ZWNJ, a lone surrogate and any BMP unit ("binary" strings are slow to generate).
const CHAR = fc.oneof(
  fc.constantFrom('پ', 'و', 'ت', 'ی', 'ن', 'ل', 'ا', 'ف', 'ر', 'س', 'ب', 'ه', ' ', '\u200c', '-', '.', '\n', '\ud800', 'P', 'u', 't', 'i', 'n'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);

const at = (text: string, language: Language, date: string | null = '2025-01-01') => findActorMentions(normalize(text).text, { language, date });

describe('recognizer', () => {
  it.each([
    ['en', 'Putinism and Lavrovian diplomacy', []],
    ['en', 'PUTIN SPEAKS', ['vladimir-putin']],
    ['fa', 'پوتینیسم و لاوروفی', []],
    ['ar', 'للشرع موقف', []], // ambiguous "الشرع" without a plain mention of al-Sharaa
    ['ar', 'أحمد الشرع. وقال مسؤول للشرع إن', ['ahmed-al-sharaa', 'ahmed-al-sharaa']],
    ['ar', 'وزير الخارجية قال إن', []],
    ['fa', 'وزیر امور خارجه گفت که', []],
  ] as const)('%s: %s', (language, text, ids) => {
    expect(at(text, language).map((m) => m.actorId)).toEqual(ids);
  });

  it('keeps a clitic out of the mention', () => {
    const [m] = at('ولافروف', 'ar');
    expect(m).toMatchObject({ actorId: 'sergey-lavrov', text: 'لافروف', start: 1, end: 7 });
  });

  it('matches multi-word names across several spaces and a ZWNJ', () => {
    expect(at('ولادیمیر   پوتین', 'fa')[0]).toMatchObject({ actorId: 'vladimir-putin', start: 0, end: 16 });
    expect(at('Hayat  Tahrir al-Sham', 'en')[0]).toMatchObject({ actorId: 'hayat-tahrir-al-sham' });
    expect(at('هیئت تحریرالشام', 'fa')[0]).toMatchObject({ actorId: 'hayat-tahrir-al-sham' });
  });

  it('does not run a name across a line break', () => {
    expect(at('ولادیمیر\nپوتین', 'fa').map((m) => m.text)).toEqual(['پوتین']);
  });

  it('answers actors and places of one text from one pass', () => {
    const text = normalize('پوتین در مسکو با الشیبانی دیدار کرد').text;
    const both = findMentions(text, { language: 'fa', date: '2025-01-01' });
    expect(findActorMentions(text, { language: 'fa', date: '2025-01-01' })).toBe(both.actors);
    expect(findPlaceMentions(text, { language: 'fa', date: '2025-01-01' })).toBe(both.places);
    expect(both.places.map((p) => p.placeId)).toEqual(['moscow']);
  });

  it('gives a name its title across an apposition between commas, and only then', () => {
    const [m] = at("Syria's new president, Ahmed al-Sharaa, will attend.", 'en').filter((x) => x.actorId === 'ahmed-al-sharaa');
    expect(m).toMatchObject({ via: 'NAME', text: 'Ahmed al-Sharaa', office: { kind: 'HEAD_OF_STATE', countryId: 'syria' } });
    expect(at("Syria's new president, Ahmed al-Sharaa, will attend.", 'en').filter((x) => x.via === 'TITLE')).toEqual([]);
    const lavrov = at('Putin met the Syrian president, Lavrov said.', 'en').find((x) => x.actorId === 'sergey-lavrov');
    expect(lavrov?.office).toBeUndefined();
  });

  it("reports the holder's own office kind (Iran's president heads its government)", () => {
    const [m] = at('The Iranian president, Masoud Pezeshkian, went to Baghdad.', 'en', '2025-03-01');
    expect(m).toMatchObject({ actorId: 'masoud-pezeshkian', office: { kind: 'HEAD_OF_GOVERNMENT', countryId: 'iran', title: 'President' } });
    const [t] = at('رئیس‌جمهور ایران به بغداد رفت.', 'fa', '2025-03-01');
    expect(t).toMatchObject({ actorId: 'masoud-pezeshkian', via: 'TITLE', office: { kind: 'HEAD_OF_GOVERNMENT' } });
  });

  it('lets a title that implies its country take the country named next to it', () => {
    const ms = at('U.S. Secretary of State Marco Rubio arrived.', 'en');
    expect(ms.map((m) => m.actorId)).toEqual(['marco-rubio']);
    expect(ms[0]!.titleSpan).toEqual({ start: 0, end: 23 });
  });

  it('refuses misuse with TypeError', () => {
    expect(() => findActorMentions('x', { language: 'de' as Language, date: null })).toThrow(TypeError);
    expect(() => findActorMentions('x', { language: 'en', date: '1 May' })).toThrow(TypeError);
    expect(() => findActorMentions(42 as unknown as string, { language: 'en', date: null })).toThrow(TypeError);
  });

  it('returns well-formed mentions for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: CHAR, maxLength: 300 }), fc.constantFrom<Language>('fa', 'ar', 'en'), (s, language) => {
        const text = normalize(s).text;
        const { actors, places } = findMentions(text, { language, date: '2025-01-01' });
        for (const m of [...actors, ...places]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds names inside mixed-script noise', () => {
    const noise = 'x'.repeat(50) + ' \u200f<div>' + ' پوتین ' + '\u202eabc ' + 'Lavrov' + ' ١٢٣';
    expect(at(noise, 'fa').map((m) => m.actorId)).toEqual(['vladimir-putin', 'sergey-lavrov']);
  });

  it('gets through a megabyte of names and noise', () => {
    const chunk = 'Putin met Lavrov in Moscow; وزیر امور خارجه روسیه؛ الرئيس الروسي ';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const { actors } = findMentions(big, { language: 'en', date: '2025-01-01' });
    expect(actors.length).toBeGreaterThan(30_000);
  });
});
