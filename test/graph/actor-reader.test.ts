import { describe, expect, it } from 'vitest';
import { actorKey } from '../../src/graph/actor-reader.ts';
import { luceneQuote, luceneTerms } from '../../src/graph/search-reader.ts';

describe('actorKey', () => {
  it.each([
    ['پوتين', 'پوتین'], // Arabic yeh → Persian yeh
    ['كرملين', 'کرملین'], // Arabic kaf and yeh
    ['أحمد الشرع', 'احمد الشرع'], // alef with hamza
    ['آذربایجان', 'اذربایجان'], // alef with madda
    ['رئيس‌جمهور', 'رییس جمهور'], // hamza seat and ZWNJ
    ['مُحَمَّد', 'محمد'], // harakat
    ['Erdoğan', 'erdogan'],
    ['  Sergey   LAVROV ', 'sergey lavrov'],
    ['al-Sharaa', 'al sharaa'],
    ['Лавров', 'лавров'],
  ])('%s → %s', (name, key) => {
    expect(actorKey(name)).toBe(key);
  });

  it('gives different names different keys', () => {
    expect(actorKey('Sergey Lavrov')).not.toBe(actorKey('Sergey Shoigu'));
  });
});

describe('Lucene queries', () => {
  it('escapes query syntax so that a user’s words are searched for', () => {
    expect(luceneTerms('Putin (Moscow) AND "x"')).toBe('Putin \\(Moscow\\) and \\"x\\"');
    expect(luceneTerms('a:b -c +d ~e* f? g/h [i] {j} ^k !l \\m')).toBe('a\\:b \\-c \\+d \\~e\\* f\\? g\\/h \\[i\\] \\{j\\} \\^k \\!l \\\\m');
    expect(luceneTerms('   ')).toBe('');
    expect(luceneQuote('Sergey "the" Lavrov')).toBe('"Sergey \\"the\\" Lavrov"');
  });
});
