import { describe, expect, it } from 'vitest';
import { findPlaceMentions, placeInfo } from '../../../src/extract/actors/index.ts';
import type { Language } from '../../../src/extract/types.ts';
import { normalize } from '../../../src/extract/normalize.ts';

const positives: Array<[Language, string, string[]]> = [
  ['fa', 'پوتین روز چهارشنبه در کرملین با مهمان خود در مسکو دیدار کرد.', ['kremlin', 'moscow']],
  ['fa', 'پایگاه دریایی طرطوس و پایگاه هوایی حمیمیم در نزدیکی بندر لاذقیه.', ['tartus', 'hmeimim', 'latakia']],
  ['ar', 'استقبله بوتين في الكرملين بموسكو ثم توجه إلى القاهرة.', ['kremlin', 'moscow', 'cairo']],
  ['en', 'The meeting at the White House followed talks in Moscow and at the Élysée Palace.', ['white-house', 'moscow', 'elysee-palace']],
  ['en', 'Officials flew from Riyadh to Sharm el-Sheikh.', ['riyadh', 'sharm-el-sheikh']],
];

const negatives: Array<[Language, string, string[]]> = [
  // "در آستانه" is "on the threshold of", not Astana; "امان" is "safety".
  ['fa', 'الجولانی در آستانه سفر رسمی گفت امان از این وضع.', ['astana', 'amman']],
  // A country inside a title is the title's, not a place of the story.
  ['fa', 'رئیس‌جمهور روسیه گفت.', ['russia']],
  ['ar', 'قال وزير خارجية مصر إن الاجتماع مهم.', ['egypt']],
];

describe('places', () => {
  it.each(positives)('%s: %s', (language, text, ids) => {
    const norm = normalize(text).text;
    const found = findPlaceMentions(norm, { language, date: '2025-01-01' });
    expect(found.map((p) => p.placeId)).toEqual(expect.arrayContaining(ids));
    for (const p of found) expect(norm.slice(p.start, p.end)).toBe(p.text);
  });

  it.each(negatives)('%s: not a place in %s', (language, text, ids) => {
    const found = findPlaceMentions(normalize(text).text, { language, date: '2025-01-01' });
    for (const id of ids) expect(found.map((p) => p.placeId)).not.toContain(id);
  });

  it('knows where sites lie', () => {
    expect(placeInfo('kremlin')).toMatchObject({ name: 'Kremlin', kind: 'SITE', countryId: 'russia', within: 'moscow' });
    expect(placeInfo('syria')).toMatchObject({ kind: 'COUNTRY', countryId: 'syria' });
    expect(placeInfo('atlantis')).toBeUndefined();
  });

  it('reports countries outside titles as places', () => {
    const found = findPlaceMentions('Syria and Russia agreed.', { language: 'en', date: null });
    expect(found.map((p) => [p.placeId, p.kind])).toEqual([
      ['syria', 'COUNTRY'],
      ['russia', 'COUNTRY'],
    ]);
  });
});
