// Years alone in Arabic.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const THU_2025_07_31 = '2025-07-31';

const CORPUS: CorpusGroup[] = [
  { publishedAt: THU_2025_07_31, expect: { value: '2011', kind: 'ABSOLUTE' }, examples: ['عام 2011', 'في عام 2011', 'منذ عام 2011', 'منذ 2011', '2011م', '2011 ميلادي', 'العام 2011', 'حتى عام 2011', 'قبل عام 2011'] },
  { publishedAt: THU_2025_07_31, expect: { value: '1967' }, examples: ['سنة 1967', 'عام ١٩٦٧'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024', part: 'EARLY' }, examples: ['مطلع عام 2024', 'أوائل عام 2024', 'بداية عام 2024'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024', part: 'MID' }, examples: ['منتصف عام 2024'] },
];

describe('Arabic years', () => {
  itResolvesCorpus('ar', CORPUS);
});
