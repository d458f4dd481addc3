import { describe, expect, it } from 'vitest';
import { findTerms, highlight } from '../../src/api/highlight.ts';

const words = (text: string, query: string) => findTerms(text, query).map((r) => text.slice(r.start, r.end));

describe('findTerms', () => {
  it('finds the query words at word starts, whole words, any case', () => {
    expect(words('Putin met al-Sharaa in MOSCOW; Moscow-based media', 'moscow putin')).toEqual(['Putin', 'MOSCOW', 'Moscow']);
    expect(words('Moscovite', 'cow')).toEqual([]);
  });

  it('matches Arabic and Persian letter variants and maps back to the original offsets', () => {
    // Text with Arabic yeh and kaf, query with Persian ones; ZWNJ inside the word.
    expect(words('قال الرئيس بوتين في الكرملين', 'کرملین بوتین')).toEqual(['بوتين', 'الكرملين']);
    expect(words('سخنان رئیس‌جمهور پوتین', 'پوتين')).toEqual(['پوتین']);
  });

  it('falls back to stems for inflected forms', () => {
    expect(words('The meetings were held', 'meeting')).toEqual(['meetings']);
    expect(words('held talks', 'talking')).toEqual(['talks']);
    expect(words('وأجرى محادثات في موسكو', 'المحادثات')).toEqual(['محادثات']);
  });
});

describe('highlight', () => {
  const text = `${'filler '.repeat(40)}Erdoğan held a phone call with Putin. ${'more '.repeat(40)}`;

  it('shows a passage around the matches with highlight offsets inside it', () => {
    const h = highlight(text, 'phone call Putin');
    expect(h.snippet).toBe(text.slice(h.start, h.end));
    expect(h.snippet.length).toBeLessThan(200);
    expect(h.highlights.map((r) => h.snippet.slice(r.start, r.end))).toEqual(['phone', 'call', 'Putin']);
    expect(h.snippet.startsWith(' ')).toBe(false);
  });

  it('shows a whole quote when asked', () => {
    const h = highlight('Putin met Erdoğan.', 'Kremlin', { whole: true });
    expect(h).toEqual({ snippet: 'Putin met Erdoğan.', start: 0, end: 18, highlights: [] });
    const g = highlight('Putin met Erdoğan.', 'Erdoğan', { whole: true });
    expect(g.highlights).toEqual([{ start: 10, end: 17 }]);
  });
});
