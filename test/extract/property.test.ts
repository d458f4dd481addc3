import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, InputTooLargeError } from '../../src/extract/index.ts';
import { expectValidResult } from './pipeline-helpers.ts';

// Any string gives a valid result or a typed refusal, never anything else.

const FRAGMENTS = [
  // Persian, Arabic, English prose with triggers, actors, dates
  'ولادیمیر پوتین', 'رئیس‌جمهور روسیه', 'با', 'دیدار کرد', 'قرار است', 'سفر', 'به مسکو', 'روز چهارشنبه', '۲۳ مهر ۱۴۰۴', 'که', '،', '؛',
  'در تماس تلفنی', 'از', 'دعوت کرد', 'این دیدار', 'گفت:', '«', '»', 'همتای روس خود', 'وی افزود', 'اجلاس', 'دو طرف',
  'التقى', 'الرئيس السوري', 'أحمد الشرع', 'مع', 'في موسكو', 'يوم الخميس', 'في 15 أكتوبر', 'قمة', 'والتي', 'من المقرر', 'منذ', 'وقال لافروف إن',
  'نأمل', 'مؤتمر صحفي مشترك', 'اتصالا هاتفيا', 'الجانبان',
  'Putin', 'met', 'with', 'Erdogan', 'in Ankara', 'on Monday', 'will visit', 'said', 'that', 'a summit', 'signed an agreement', 'the two leaders',
  'spoke by phone', 'invited', 'his Russian counterpart', 'since 1993', 'last February', 'Jan. 5', 'U.S.',
  // structure and noise
  ' ', ' ', ' ', '\n', '\n\n', '.', '. ', '?', '!', ':', '"', '(', ')', '|', '...', '…', '-', '—',
  'اخبار مرتبط\n', 'Related\n', 'التعليقات\n', '© 2025\n', 'Comments (3)\n', 'Reporting by X; Editing by Y\n',
  '<div class="x">', '</div>', '<script>alert(1)</script>', '&nbsp;', '<br/>',
  '\u200c', '\u200f', '\u200e', '\u202b', '\u202c', '\u2066', '\u2069', '\ufeff', '\u0640', '\u064b', '\u0651',
  '١٤٠٤', '۱۴۰۴', '2025-10-15', '1404/10/03', '12:30', '0', '99999999999999999999',
  '\ud800', '\udfff', '\ud83d\ude00', 'Ж', '中文', 'עברית', 'ñ', 'ﷲ', 'ﻻ',
];

const mixed = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(''));
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((units) => String.fromCharCode(...units));
const publishedAt = fc.option(fc.constantFrom('2025-10-15', '2024-02-29', '2000-01-01', '2099-12-31'), { nil: null });
const language = fc.option(fc.constantFrom('fa' as const, 'ar' as const, 'en' as const), { nil: undefined });

function check(text: string, p: string | null, lang: 'fa' | 'ar' | 'en' | undefined): void {
  const r = extract(text, { publishedAt: p, ...(lang ? { language: lang } : {}) });
  expectValidResult(r, text);
}

describe('extract on any input (property)', () => {
  it('mixed scripts, triggers, marks and HTML give a valid result', () => {
    fc.assert(fc.property(mixed, publishedAt, language, (text, p, lang) => check(text, p, lang)), { numRuns: 300 });
  });

  it('any UTF-16 code units, lone surrogates included, give a valid result', () => {
    fc.assert(fc.property(codeUnits, publishedAt, language, (text, p, lang) => check(text, p, lang)), { numRuns: 300 });
  });

  it('any full-Unicode string gives a valid result', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), publishedAt, (text, p) => check(text, p, undefined)), { numRuns: 200 });
  });

  it('over the limit is refused with InputTooLargeError, at or under it is not', () => {
    fc.assert(
      fc.property(mixed, fc.integer({ min: 0, max: 200 }), (text, limit) => {
        if (text.length > limit) expect(() => extract(text, { maxInputLength: limit })).toThrow(InputTooLargeError);
        else expectValidResult(extract(text, { maxInputLength: limit }), text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extract on large inputs', () => {
  // A deterministic pseudo-random page of `size` characters from the fragments.
  function page(size: number, seed: number): string {
    let x = seed;
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const f = FRAGMENTS[x % FRAGMENTS.length]!;
      parts.push(f);
      n += f.length;
    }
    return parts.join('').slice(0, size);
  }

  it('handles 1 MB of noise with a valid result', () => {
    const text = page(1_000_000, 7);
    const t0 = performance.now();
    const r = extract(text, { publishedAt: '2025-10-15' });
    const ms = performance.now() - t0;
    expectValidResult(r, text);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('stays linear in input size', () => {
    const time = (size: number): number => {
      const text = page(size, 11);
      extract(text, { publishedAt: '2025-10-15' }); // warm
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) extract(text, { publishedAt: '2025-10-15' });
      return (performance.now() - t0) / 3;
    };
    const small = time(50_000);
    const large = time(400_000);
    // 8× the input: linear is ~8×; quadratic would be ~64×. Allow generous noise.
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  }, 120_000);

  it('refuses 2 MB + 1 characters by default', () => {
    expect(() => extract('a'.repeat(2_000_001))).toThrow(InputTooLargeError);
  });
});
