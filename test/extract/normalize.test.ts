import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../src/extract/normalize.ts';

describe('normalize', () => {
  it('unifies Arabic and Persian letters and digits', () => {
    expect(normalize('رئيس‌جمهور ١٤٠٤ ۲۳ كتاب').text).toBe('رئیس جمهور 1404 23 کتاب');
  });

  it('drops diacritics, tatweel and bidi marks and maps offsets back to the original', () => {
    const original = '\u200Fمُحَمَّد ـــ بوتين';
    const norm = normalize(original);
    expect(norm.text).toBe('محمد  بوتین');
    const at = norm.text.indexOf('بوتین');
    const span = toOriginalSpan(norm, original, at, at + 'بوتین'.length);
    expect(span.text).toBe('بوتين');
    expect(original.slice(span.start, span.end)).toBe('بوتين');
  });

  it('refuses spans outside the text', () => {
    const norm = normalize('abc');
    expect(() => toOriginalSpan(norm, 'abc', 2, 9)).toThrow(RangeError);
  });
});
