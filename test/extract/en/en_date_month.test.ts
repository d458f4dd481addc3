// English month names, day first and month first, with qualifiers and parts.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';
const THU_2025_07_31 = '2025-07-31';
const FRI_2025_01_10 = '2025-01-10';

const CORPUS: CorpusGroup[] = [
  {
    publishedAt: THU_2025_07_31,
    expect: { value: '2025-10-15' },
    examples: ['15 October 2025', '15th October 2025', 'the 15th of October 2025', 'on 15 October 2025', 'October 15, 2025', 'October 15 2025', 'Oct. 15, 2025', 'Oct 15, 2025', '15 Oct 2025', 'Wednesday, October 15, 2025', 'Wednesday 15 October 2025', 'on Wednesday, Oct. 15, 2025'],
  },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-10-15', future: '2025-10-15', kind: 'ABSOLUTE' }, examples: ['Oct. 15', 'on October 15', 'the summit, due on 15 October', 'MOSCOW, Oct 15 (Reuters) - Putin said'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-10', future: '2025-10' }, examples: ['in October', 'In October, the summit', 'since October', 'by October'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-02', kind: 'RELATIVE' }, examples: ['last February', 'Last February', 'this past February', 'February this year', 'in February of this year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-02', kind: 'RELATIVE' }, examples: ['February last year', 'in February of last year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-12', kind: 'RELATIVE' }, examples: ['December last year', 'last December', 'in December of last year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2026-03', kind: 'RELATIVE' }, examples: ['next March', 'March next year', 'this coming March'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-12', kind: 'RELATIVE' }, examples: ['this December', 'next December', 'December this year'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10' }, examples: ['October 2025', 'in October 2025', 'Oct 2025', 'in October'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10', part: 'MID' }, examples: ['mid-October 2025', 'in mid-October', 'the middle of October'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10', part: 'EARLY' }, examples: ['early October 2025', 'in early October', 'the beginning of October'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-09', part: 'LATE' }, examples: ['late September', 'in late September 2025', 'the end of September'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15', start: '2025-10-15', end: '2025-10-17', precision: 'DAY', isRange: true }, examples: ['15-17 October 2025', 'October 15-17, 2025', '15 to 17 October 2025', 'Oct. 15-17'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2001-09-11' }, examples: ['Sept. 11, 2001', 'September 11, 2001', '11 September 2001', 'Sep 11, 2001'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-05-05' }, examples: ['May 5, 2025', '5 May 2025', 'on May 5th, 2025'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-05', future: '2026-05' }, examples: ['in May', 'since May', 'last May'.replace('last ', 'in ')] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-02-29' }, examples: ['29 February 2024', 'Feb. 29, 2024'] },
  { publishedAt: FRI_2025_01_10, expect: { value: '2024-12-25', future: '2025-12-25' }, examples: ['December 25', 'on Dec. 25', '25th December'] },
  { publishedAt: FRI_2025_01_10, expect: { value: '2024-12', kind: 'RELATIVE' }, examples: ['last December', 'December last year'] },
];

describe('English month names', () => {
  itResolvesCorpus('en', CORPUS);
});
