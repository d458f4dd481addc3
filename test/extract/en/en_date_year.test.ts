// Years alone in English, and numeric dates (language-neutral parsers).
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';

const CORPUS: CorpusGroup[] = [
  { publishedAt: WED_2025_10_15, expect: { value: '2019', kind: 'ABSOLUTE' }, examples: ['in 2019', 'In 2019, the talks', 'since 2019', 'during 2019', 'until 2019', 'in the year 2019'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2030' }, examples: ['by 2030'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2011', part: 'EARLY' }, examples: ['in early 2011', 'since early 2011', 'early 2011'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2011', part: 'LATE' }, examples: ['late 2011', 'in late 2011'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024', part: 'MID' }, examples: ['mid-2024', 'in mid-2024'] },
  { publishedAt: WED_2025_10_15, expect: { value: '1944' }, examples: ['in 1944'] },
  // Numeric dates: day first only when it cannot be a month, or with dots.
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15' }, examples: ['2025-10-15', '2025/10/15', '15/10/2025', '10/15/2025', '15.10.2025', '2025-10-15T10:00:00Z', 'date 2025-10-15 Putin met'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-03' }, examples: ['03.10.2025', '3.10.2025', '2025-10-03'] },
];

describe('English years and numeric dates', () => {
  itResolvesCorpus('en', CORPUS);
});
