import { describe, expect, it } from 'vitest';
import { extract, type ExtractionResult, type Language } from '../../../src/extract/index.ts';
import { expectValidResult } from '../pipeline-helpers.ts';
import { CORPUS } from './corpus.ts';

function summaries(r: ExtractionResult): string[] {
  return r.events
    .map((e) => `${e.type} ${e.date?.value ?? '-'} ${e.participants.map((p) => p.actorId).sort().join(',')} ${e.status}`)
    .sort();
}

for (const language of Object.keys(CORPUS) as Language[]) {
  describe(`event triggers (${language})`, () => {
    it.each(CORPUS[language].positive)('$text', ({ text, publishedAt, events }) => {
      const r = extract(text, { publishedAt, language });
      expectValidResult(r, text);
      expect(summaries(r)).toEqual([...events].sort());
    });

    it.each(CORPUS[language].negative)('no event: $text', ({ text, publishedAt }) => {
      const r = extract(text, { publishedAt, language });
      expect(summaries(r)).toEqual([]);
    });
  });
}
