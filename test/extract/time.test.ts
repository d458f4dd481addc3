// The time module as the pipeline sees it: datelines, the seed articles, overlap rules, the
// EventDate builders, misuse, and properties over arbitrary text (fast-check).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/extract/normalize.ts';
import { solarMonthDate, solarYearDate } from '../../src/extract/time/dates.ts';
import { findDateMentions, findPublicationDate, type DateMention } from '../../src/extract/time/index.ts';
import { LANGUAGES, type Language } from '../../src/extract/types.ts';
import { mentionsOf } from './time-test-util.ts';

const publicationOf = (raw: string, language: Language) => findPublicationDate(normalize(raw).text, language);

describe('findPublicationDate', () => {
  const DATELINES: readonly [Language, string, string][] = [
    ['fa', '×\nبین الملل\nشناسه خبر : 264802\nتاریخ انتشار : چهارشنبه 1404/10/03 ساعت 15:16\nدرخواستهای دولت موقت سوریه از پوتین چیست؟', '2025-12-24'],
    ['fa', 'بینالملل 10:46 - 23 مهر 1404\nالجولانی در آستانه سفر رسمی به مسکو در مصاحبهای تاکید کرد', '2025-10-15'],
    ['fa', ' date 2025-10-15 ولادیمیر پوتین رئیس جمهور روسیه روز چهارشنبه در کرملین با احمد الشرع دیدار کرد.', '2025-10-15'],
    ['fa', 'سیاست خارجی\n۱۴۰۴/۰۷/۲۳\nپوتین و الشرع در کرملین دیدار کردند', '2025-10-15'],
    ['fa', 'تاریخ: ۲۳ مهر ۱۴۰۴ - ۱۰:۴۶\nمتن خبر', '2025-10-15'],
    ['fa', 'منتشر شده در ۱۵ اکتبر ۲۰۲۵\nمتن خبر', '2025-10-15'],
    ['ar', 'نشر في 31 يوليو 2025\nالتقى الرئيس الروسي', '2025-07-31'],
    ['ar', 'تاريخ النشر: الخميس 31 تموز/يوليو 2025 - 10:30\nالتقى الرئيس الروسي', '2025-07-31'],
    ['ar', 'آخر تحديث: 31/07/2025 10:30\nنص الخبر', '2025-07-31'],
    ['ar', 'موسكو - 2025/07/31\nالتقى الرئيس الروسي فلاديمير بوتين', '2025-07-31'],
    ['en', 'Published: 15 October 2025\nPutin met al-Sharaa in the Kremlin.', '2025-10-15'],
    ['en', 'World news\nOctober 15, 2025 10:46 AM\nPutin met al-Sharaa in the Kremlin.', '2025-10-15'],
    ['en', 'MOSCOW, Oct 15, 2025 (Reuters) - Russian President Vladimir Putin met', '2025-10-15'],
    ['en', 'Updated Wednesday, Oct. 15, 2025\nMOSCOW — Putin met', '2025-10-15'],
    ['en', '2025/10/15\nMOSCOW — Putin met', '2025-10-15'],
  ];
  it.each(DATELINES)('%s: finds the dateline of %j', (language, raw, date) => {
    expect(publicationOf(raw, language)?.date).toBe(date);
  });

  const NO_DATELINE: readonly [Language, string][] = [
    ['en', 'MOSCOW, Oct 15 (Reuters) - Russian President Vladimir Putin met Syrian leader Ahmed al-Sharaa'],
    ['fa', 'لاوروف، الجولانی را به روسیه دعوت کرد/ لاوروف: سوریه دوست خوب روسیه است\n\nوزیر خارجه دولت الجولانی که به مسکو سفر کرده، امروز با همتای روس خود دیدار کرد.'],
    ['fa', 'وزیر امور خارجه و وزیر دفاع دولت موقت سوریه پیش از این ۹ مرداد ۱۴۰۴ برای نخستین بار به مسکو سفر کرده بودند و هیات این کشور موفق به دیدار شد.'],
    ['ar', 'Connect with us\n\nHi, what are you looking for?\n\nاخر الاخبار\n\nالتقى موسكو (رويترز)-الرئيس روسي فلاديمير بوتين ووزير الخارجية سيرجي لافروف مع وزير الخارجية السوري في موسكو يوم الخميس'],
    ['en', 'Putin met al-Sharaa in Moscow, where the two leaders discussed the bases that Russia has held since 2015 and agreed to meet again on 15 October 2025 in Moscow.'],
    ['en', `${'x'.repeat(700)}\nPublished: 15 October 2025`],
    ['en', ''],
  ];
  it.each(NO_DATELINE)('%s: finds no dateline in %j', (language, raw) => {
    expect(publicationOf(raw, language)).toBeNull();
  });

  it('returns offsets into the text given', () => {
    const text = normalize('بینالملل 10:46 - 23 مهر 1404\nمتن').text;
    const found = findPublicationDate(text, 'fa')!;
    expect(text.slice(found.start, found.end)).toBe(found.text);
    expect(found.text).toBe('23 مهر 1404');
  });

  it('marks the dateline PUBLICATION among the mentions, and only it', () => {
    const ms = mentionsOf('تاریخ انتشار : چهارشنبه 1404/10/03 ساعت 15:16\nلاوروف روز چهارشنبه با الشیبانی دیدار کرد و گفت: دیروز گفتوگوی خوبی داشتید', 'fa', '2025-12-24');
    expect(ms.map((m) => [m.kind, m.date.value])).toEqual([
      ['PUBLICATION', '2025-12-24'],
      ['WEEKDAY', '2025-12-24'],
      ['RELATIVE', '2025-12-23'],
    ]);
  });
});

describe('the seed articles', () => {
  const seed = (file: string) => normalize(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8')).text;
  const find = (ms: DateMention[], text: string) => ms.find((m) => m.text === normalize(text).text);

  it('000: dateline, "امروز چهارشنبه", "فوریه گذشته", "۱۲ سپتامبر گذشته"', () => {
    const text = seed('000_dba4bf81cd101c5f.txt');
    expect(findPublicationDate(text, 'fa')?.date).toBe('2025-10-15');
    const ms = findDateMentions(text, { language: 'fa', publishedAt: '2025-10-15' });
    expect(find(ms, 'امروز چهارشنبه')?.date.value).toBe('2025-10-15');
    expect(find(ms, 'در ماه فوریه گذشته')?.date.value).toBe('2025-02');
    expect(find(ms, '12 سپتامبر گذشته')?.date.value).toBe('2025-09-12');
  });

  it('001: no dateline; "امروز", "در ماه اکتبر" (future reading 2025-10), "دسامبر سال گذشته"', () => {
    const text = seed('001_c288701b38e4d62c.txt');
    expect(findPublicationDate(text, 'fa')).toBeNull();
    const ms = findDateMentions(text, { language: 'fa', publishedAt: '2025-07-31' });
    expect(find(ms, 'امروز')?.date.value).toBe('2025-07-31');
    expect(find(ms, 'در ماه اکتبر')?.futureDate?.value).toBe('2025-10');
    expect(find(ms, 'در دسامبر سال گذشته')?.date.value).toBe('2024-12');
  });

  it('002: dateline 1404/10/03, "عصر سهشنبه", "۹ مرداد ۱۴۰۴", "مهر ۱۴۰۴"', () => {
    const text = seed('002_ef90054cdf631ce7.txt');
    expect(findPublicationDate(text, 'fa')?.date).toBe('2025-12-24');
    const ms = findDateMentions(text, { language: 'fa', publishedAt: '2025-12-24' });
    expect(find(ms, 'عصر سهشنبه')?.date.value).toBe('2025-12-23');
    expect(find(ms, '9 مرداد 1404')?.date.value).toBe('2025-07-31');
    expect(find(ms, 'مهر 1404')?.date).toEqual({ value: '2025-10', start: '2025-09-23', end: '2025-10-22', precision: 'MONTH' });
    expect(find(ms, 'دیروز')?.date.value).toBe('2025-12-23');
  });

  it('003: dateline "date 2025-10-15", "سال ۱۹۴۴", and "۸۰ سال" is no year', () => {
    const text = seed('003_e5bbde2225c94be5.txt');
    expect(findPublicationDate(text, 'fa')?.date).toBe('2025-10-15');
    const ms = findDateMentions(text, { language: 'fa', publishedAt: '2025-10-15' });
    expect(find(ms, 'روز چهارشنبه')?.date.value).toBe('2025-10-15');
    expect(find(ms, 'در سال 1944')?.date.value).toBe('1944');
    expect(ms.some((m) => m.text.includes('80'))).toBe(false);
  });

  it('004: "يوم الخميس", "في 15 أكتوبر" (future reading), "في ديسمبر", "في مايو"', () => {
    const text = seed('004_cb8cd2417e8937b2.txt');
    expect(findPublicationDate(text, 'ar')).toBeNull();
    const ms = findDateMentions(text, { language: 'ar', publishedAt: '2025-07-31' });
    expect(find(ms, 'يوم الخميس')?.date.value).toBe('2025-07-31');
    expect(find(ms, 'في 15 أكتوبر')?.futureDate?.value).toBe('2025-10-15');
    expect(find(ms, 'في ديسمبر')?.date.value).toBe('2024-12');
    expect(find(ms, 'في مايو')?.date.value).toBe('2025-05');
  });
});

describe('overlaps and order', () => {
  it('keeps the longest of overlapping readings', () => {
    const ms = mentionsOf('در دسامبر سال گذشته و در سال ۲۰۲۴', 'fa', '2025-07-31');
    expect(ms.map((m) => m.text)).toEqual(['در دسامبر سال گذشته', 'در سال 2024']);
  });

  it('returns mentions sorted, without overlaps, with text equal to their span', () => {
    const text = normalize('دیروز سه شنبه ۲۳ مهر ۱۴۰۴ و فردا و هفته آینده و ۱۴۰۴/۰۷/۲۳ و سال ۱۹۴۴').text;
    const ms = findDateMentions(text, { language: 'fa', publishedAt: '2025-10-15' });
    expect(ms.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < ms.length; i++) {
      expect(text.slice(ms[i]!.start, ms[i]!.end)).toBe(ms[i]!.text);
      if (i > 0) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    }
  });

  it('returns only dates with a written year when the publication date is unknown', () => {
    const ms = mentionsOf('دیروز، ۲۳ مهر، مهر ۱۴۰۴ و سه شنبه', 'fa', null);
    expect(ms.map((m) => m.text)).toEqual(['مهر 1404']);
  });
});

describe('EventDate builders', () => {
  // Independent count: the Gregorian month holding most days of each Solar month of 1404 (ICU bounds).
  it.each([
    [1, '2025-04'], [2, '2025-05'], [3, '2025-06'], [4, '2025-07'], [5, '2025-08'], [6, '2025-09'],
    [7, '2025-10'], [8, '2025-11'], [9, '2025-12'], [10, '2026-01'], [11, '2026-02'], [12, '2026-03'],
  ] as const)('Solar month 1404/%i reads as %s', (month, value) => {
    const d = solarMonthDate(1404, month);
    expect(d.value).toBe(value);
    expect(d.precision).toBe('MONTH');
    expect(d.start < d.end).toBe(true);
  });

  it('gives a Solar year the Gregorian year holding most of it, with exact bounds', () => {
    expect(solarYearDate(1404)).toEqual({ value: '2025', start: '2025-03-21', end: '2026-03-20', precision: 'YEAR' });
  });
});

describe('misuse', () => {
  it('throws a TypeError or RangeError on a malformed context, never on text', () => {
    expect(() => findDateMentions('x', { language: 'de' as Language, publishedAt: null })).toThrow(TypeError);
    expect(() => findDateMentions('x', { language: 'fa', publishedAt: '15/10/2025' })).toThrow(RangeError);
    expect(() => findDateMentions(42 as unknown as string, { language: 'fa', publishedAt: null })).toThrow(TypeError);
    expect(() => findPublicationDate(null as unknown as string, 'fa')).toThrow(TypeError);
  });
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    '23 مهر 1404', '۱۴۰۴/۱۰/۰۳', '2025-10-15', 'October 15, 2025', 'سه شنبه', 'تشرين الأول/أكتوبر', 'في',
    'امروز', 'أمس', 'last', 'week', 'ماه گذشته', '15', '-', '/', '(', ')', '\u200c', '\u200f', '<p>', 'هـ', '\n', ' ', ':',
  );
  const texts = fc.oneof(
    fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(pieces, { maxLength: 60 }).map((a) => a.join(' ')),
    fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')),
  );
  const language = fc.constantFrom(...LANGUAGES);
  const publishedAt = fc.option(fc.date({ min: new Date('1950-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

  it('never throws on text, and returns sorted, disjoint mentions whose text is their span', () => {
    fc.assert(
      fc.property(texts, language, publishedAt, (raw, lang, pub) => {
        const text = normalize(raw).text;
        const ms = findDateMentions(text, { language: lang, publishedAt: pub });
        let lastEnd = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.date.start <= m.date.end).toBe(true);
          expect(m.date.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          lastEnd = m.end;
        }
        const p = findPublicationDate(text, lang);
        if (p) expect(text.slice(p.start, p.end)).toBe(p.text);
      }),
      { numRuns: 400 },
    );
  });

  // Speed is a note, not an assertion: on the development machine 1 MB of dense digits and
  // month names takes ~0.3–1 s and 1 MB of prose ~0.1–0.2 s per language. This checks that
  // such input completes and that matching never backtracks catastrophically.
  it('handles 1 MB of digits, month names and separators', { timeout: 120_000 }, () => {
    const unit = '23 مهر 1404 12345678 October 15, 2025 تشرين الأول 15 15 15 1404/10/03 مهر مهر in in 2019 الخميس -1-2-3 ';
    const big = normalize(unit.repeat(Math.ceil(1_000_000 / unit.length))).text;
    for (const lang of LANGUAGES) {
      const ms = findDateMentions(big, { language: lang, publishedAt: '2025-10-15' });
      expect(ms.length).toBeGreaterThan(1000);
    }
    expect(findDateMentions('1'.repeat(1_000_000), { language: 'fa', publishedAt: '2025-10-15' })).toEqual([]);
  });
});
