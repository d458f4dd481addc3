// Years alone in Persian: after "سال" or with their era. Solar 1357 = 1978-03-21 … 1979-03-20 (ICU).
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';

const CORPUS: CorpusGroup[] = [
  { publishedAt: WED_2025_10_15, expect: { value: '1944', kind: 'ABSOLUTE' }, examples: ['این روابط در سختترین دوران - در سال ۱۹۴۴ - برقرار شده است', 'در سال 1944', 'سال ۱۹۴۴ میلادی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2019' }, examples: ['سال 2019 میلادی', 'از سال ۲۰۱۹', 'تا سال ۲۰۱۹', '۲۰۱۹ میلادی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2011' }, examples: ['سال‌های ۲۰۱۱ تا ۲۰۱۵'.replace('تا ۲۰۱۵', ''), 'در سال های 2011'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025', start: '2025-03-21', end: '2026-03-20' }, examples: ['سال ۱۴۰۴', 'در سال ۱۴۰۴', '۱۴۰۴ شمسی', '۱۴۰۴ هجری شمسی', '۱۴۰۴ ه.ش'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024', start: '2024-03-20', end: '2025-03-20' }, examples: ['سال ۱۴۰۳', '۱۴۰۳ خورشیدی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '1978', start: '1978-03-21', end: '1979-03-20' }, examples: ['انقلاب سال ۱۳۵۷'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2023', part: 'EARLY' }, examples: ['اوایل سال ۲۰۲۳', 'در اوایل سال 2023'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2023', part: 'LATE' }, examples: ['اواخر سال ۲۰۲۳'] },
];

describe('Persian years', () => {
  itResolvesCorpus('fa', CORPUS);
});
