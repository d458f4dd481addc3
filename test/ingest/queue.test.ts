import { describe, expect, it } from 'vitest';
import { isCalendarDate, refusalReason, retryDelaySeconds } from '../../src/ingest/queue.ts';

describe('queue guard', () => {
  const ok = { text: 'A minister met an envoy.', publishedAt: '2024-02-29', language: 'en' };

  it('accepts a normal article', () => {
    expect(refusalReason(ok, 1000)).toBeNull();
  });

  it.each([
    [{ text: '' }, /^empty text$/],
    [{ text: ' \n\t ' }, /^empty text$/],
    [{ text: 'x'.repeat(1001) }, /1,001 characters, more than KHABAR_MAX_ARTICLE_CHARS \(1,000\)/],
    [{ text: 'bad \ud800 surrogate' }, /not valid Unicode/],
    [{ ...ok, publishedAt: '2025-02-30' }, /^publishedAt: "2025-02-30" is not a valid YYYY-MM-DD date$/],
    [{ ...ok, publishedAt: '15/10/2025' }, /^publishedAt: /],
    [{ ...ok, language: 'de' }, /^language: "de" is not one of fa, ar, en$/],
  ])('refuses %j with a reason', (input, reason) => {
    expect(refusalReason(input, 1000)).toMatch(reason);
  });

  it('knows calendar dates', () => {
    expect(['2024-02-29', '2025-12-31', '0001-01-01'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-4-1', '0000-01-01'].map(isCalendarDate)).toEqual([
      false, false, false, false, false, false,
    ]);
  });

  it('backs off exponentially, capped at exp(10) seconds', () => {
    expect(retryDelaySeconds(1)).toBeCloseTo(2.718, 3);
    expect(retryDelaySeconds(3)).toBeCloseTo(20.086, 3);
    expect(retryDelaySeconds(10)).toBeCloseTo(22026.47, 1);
    expect(retryDelaySeconds(25)).toBe(retryDelaySeconds(10));
  });
});
