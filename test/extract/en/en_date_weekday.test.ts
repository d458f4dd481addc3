// Weekdays in English. Published Wednesday 2025-10-15.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';
const THU_2025_07_31 = '2025-07-31';

const CORPUS: CorpusGroup[] = [
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-14', future: '2025-10-21', kind: 'WEEKDAY' }, examples: ['on Tuesday', 'Tuesday', 'On Tuesday, the ministers met', 'Tuesday morning', 'Tuesday night'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15', future: null }, examples: ['on Wednesday', 'Wednesday', 'Putin met al-Sharaa in the Kremlin on Wednesday.'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-14', future: null }, examples: ['last Tuesday', 'this past Tuesday'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-21', future: null }, examples: ['next Tuesday', 'this coming Tuesday'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-08', future: null }, examples: ['last Wednesday'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-22', future: null }, examples: ['next Wednesday'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-12', future: '2025-10-19' }, examples: ['on Sunday', 'Sunday evening'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-13', future: '2025-10-20' }, examples: ['Monday morning', 'on Monday'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-10', future: '2025-10-17' }, examples: ['on Friday'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-11', future: '2025-10-18' }, examples: ['Saturday night'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-23', future: null }, examples: ['Thursday next week'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-09', future: null }, examples: ['Thursday last week'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-17', future: null }, examples: ['this coming Friday', 'next Friday'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-31', future: null }, examples: ['Russian President Vladimir Putin met Syrian Foreign Minister Asaad al-Shaibani in Moscow on Thursday'] },
];

describe('English weekdays', () => {
  itResolvesCorpus('en', CORPUS);
});
