// Relative dates in English. Weeks run Monday to Sunday (ISO): published Wednesday 2025-10-15,
// this week is 2025-10-13 … 2025-10-19.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';
const FRI_2025_01_10 = '2025-01-10';

const CORPUS: CorpusGroup[] = [
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15', kind: 'RELATIVE' }, examples: ['today', 'Today, the minister said', 'tonight', 'this morning', 'This evening'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-14' }, examples: ['yesterday', 'Yesterday', 'last night'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-13' }, examples: ['the day before yesterday', 'two days ago', '2 days ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-16' }, examples: ['tomorrow', 'Tomorrow'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-17' }, examples: ['the day after tomorrow'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-12' }, examples: ['three days ago', '3 days ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-13', start: '2025-10-13', end: '2025-10-19', precision: 'DAY', isRange: true }, examples: ['this week', 'earlier this week', 'later this week'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-06', start: '2025-10-06', end: '2025-10-12', precision: 'DAY', isRange: true }, examples: ['last week', 'Last week', 'a week ago', 'one week ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-20', start: '2025-10-20', end: '2025-10-26', precision: 'DAY', isRange: true }, examples: ['next week', 'Next week'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-09-29', start: '2025-09-29', end: '2025-10-05', precision: 'DAY', isRange: true }, examples: ['a couple of weeks ago', 'two weeks ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10', kind: 'RELATIVE' }, examples: ['this month', 'earlier this month', 'later this month'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-09' }, examples: ['last month', 'a month ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-11' }, examples: ['next month'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-08' }, examples: ['two months ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025', kind: 'RELATIVE' }, examples: ['this year', 'earlier this year', 'later this year', 'This year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024' }, examples: ['last year', 'a year ago', 'one year ago'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024', part: 'LATE' }, examples: ['late last year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2026', part: 'EARLY' }, examples: ['early next year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2026' }, examples: ['next year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2023' }, examples: ['the year before last', 'two years ago'] },
  { publishedAt: FRI_2025_01_10, expect: { value: '2024-12' }, examples: ['last month'] },
  { publishedAt: FRI_2025_01_10, expect: { value: '2025-02' }, examples: ['next month'] },
  { publishedAt: FRI_2025_01_10, expect: { value: '2024' }, examples: ['last year'] },
];

describe('English relative dates', () => {
  itResolvesCorpus('en', CORPUS);
});
