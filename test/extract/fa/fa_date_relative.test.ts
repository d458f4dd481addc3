// Days, weeks, months and years relative to publication, in Persian. Persian weeks run Saturday to
// Friday; "ماه گذشته" and "سال گذشته" count Solar months and years (Shahrivar 1404 = 2025-08-23 …
// 2025-09-22, Solar 1403 = 2024-03-20 … 2025-03-20, 1405 = 2026-03-21 … 2027-03-20, per ICU).
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';
const WED_2025_12_24 = '2025-12-24';
const THU_2025_07_31 = '2025-07-31';

const CORPUS: CorpusGroup[] = [
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-24', kind: 'RELATIVE' }, examples: ['امروز', 'دیدار امروز برگزار شد', 'امشب', 'تا امروز'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-31' }, examples: ['وزیر امور خارجه سوریه اسعد الشیبانی که امروز به مسکو سفر کرده'] },
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-23' }, examples: ['دیروز', 'دیروز گفتوگوی بسیار خوبی داشتید', 'دیشب', 'روز گذشته', 'روزگذشته'] },
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-22' }, examples: ['پریروز', 'پریشب'] },
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-25' }, examples: ['فردا', 'فردا شب'.slice(0, 4)] },
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-26' }, examples: ['پس فردا', 'پسفردا', 'پس‌فردا'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-04', start: '2025-10-04', end: '2025-10-10', precision: 'DAY', isRange: true }, examples: ['هفته گذشته', 'هفته قبل', 'هفته پیش', 'هفته‌ی گذشته'.replace('‌ی', '')] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-11', start: '2025-10-11', end: '2025-10-17', precision: 'DAY', isRange: true }, examples: ['این هفته', 'هفته جاری', 'همین هفته'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-18', start: '2025-10-18', end: '2025-10-24', precision: 'DAY', isRange: true }, examples: ['هفته آینده', 'هفته بعد', 'هفته‌آینده'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-09', start: '2025-08-23', end: '2025-09-22', kind: 'RELATIVE' }, examples: ['ماه گذشته', 'ماه قبل', 'ماه پیش', 'طی ماه گذشته'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10', start: '2025-09-23', end: '2025-10-22' }, examples: ['این ماه', 'ماه جاری', 'همین ماه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-11', start: '2025-10-23', end: '2025-11-21' }, examples: ['ماه آینده', 'ماه بعد'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-09' }, examples: ['ماه گذشته میلادی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024', start: '2024-03-20', end: '2025-03-20', kind: 'RELATIVE' }, examples: ['سال گذشته', 'پارسال', 'سال قبل', 'سال پیش'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024', start: '2024-03-20', end: '2025-03-20', part: 'LATE' }, examples: ['اواخر سال گذشته', 'پایان سال گذشته'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025', start: '2025-03-21', end: '2026-03-20' }, examples: ['امسال', 'سال جاری', 'همین سال'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2026', start: '2026-03-21', end: '2027-03-20' }, examples: ['سال آینده', 'سال بعد', 'سال آتی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024' }, examples: ['سال گذشته میلادی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025' }, examples: ['سال جاری میلادی', 'امسال میلادی'] },
  // Counts before publication.
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-13', kind: 'RELATIVE' }, examples: ['دو روز پیش', 'دو روز قبل', '۲ روز پیش'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-12' }, examples: ['سه روز پیش', '۳ روز قبل'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-04', start: '2025-10-04', end: '2025-10-10', precision: 'DAY', isRange: true }, examples: ['یک هفته پیش', '۱ هفته قبل'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-08', start: '2025-07-23', end: '2025-08-22' }, examples: ['دو ماه پیش', '۲ ماه قبل'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2022', start: '2022-03-21', end: '2023-03-20' }, examples: ['سه سال پیش', '۳ سال قبل'] },
];

describe('Persian relative dates', () => {
  itResolvesCorpus('fa', CORPUS);
});
