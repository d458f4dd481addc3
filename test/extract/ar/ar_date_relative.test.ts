// Relative dates in Arabic. Arab calendars start the week on Saturday (our choice, documented in
// locales/ar/constants.ts): published Thursday 2025-07-31, this week is 2025-07-26 … 2025-08-01.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const THU_2025_07_31 = '2025-07-31';

const CORPUS: CorpusGroup[] = [
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-31', kind: 'RELATIVE' }, examples: ['اليوم', 'قال الوزير اليوم', 'صباح اليوم', 'مساء اليوم', 'حتى اليوم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-30' }, examples: ['أمس', 'وأمس', 'يوم أمس', 'مساء أمس', 'البارحة', 'ليلة أمس'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-29' }, examples: ['أول أمس', 'أول من أمس', 'قبل يومين', 'منذ يومين'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-01' }, examples: ['غداً', 'غدا', 'صباح الغد'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-02' }, examples: ['بعد غد'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-28' }, examples: ['قبل ثلاثة أيام', 'قبل 3 أيام', 'منذ ثلاثة أيام'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-19', start: '2025-07-19', end: '2025-07-25', precision: 'DAY', isRange: true }, examples: ['الأسبوع الماضي', 'الاسبوع الماضي', 'الأسبوع المنصرم', 'قبل أسبوع'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-26', start: '2025-07-26', end: '2025-08-01', precision: 'DAY', isRange: true }, examples: ['هذا الأسبوع', 'الأسبوع الجاري', 'الأسبوع الحالي'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-02', start: '2025-08-02', end: '2025-08-08', precision: 'DAY', isRange: true }, examples: ['الأسبوع المقبل', 'الأسبوع القادم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-06', kind: 'RELATIVE' }, examples: ['الشهر الماضي', 'الشهر المنصرم', 'الشهر الفائت'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07' }, examples: ['هذا الشهر', 'الشهر الجاري', 'الشهر الحالي'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08' }, examples: ['الشهر المقبل', 'الشهر القادم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-05' }, examples: ['قبل شهرين', 'منذ شهرين'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024', kind: 'RELATIVE' }, examples: ['العام الماضي', 'السنة الماضية', 'العام المنصرم', 'قبل عام', 'منذ سنة'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024', part: 'LATE' }, examples: ['أواخر العام الماضي', 'نهاية العام الماضي'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025' }, examples: ['هذا العام', 'العام الجاري', 'العام الحالي', 'هذه السنة'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025', part: 'EARLY' }, examples: ['مطلع العام الجاري', 'بداية هذا العام'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2026' }, examples: ['العام المقبل', 'العام القادم', 'السنة المقبلة'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2023' }, examples: ['قبل عامين', 'منذ عامين', 'قبل سنتين'] },
];

describe('Arabic relative dates', () => {
  itResolvesCorpus('ar', CORPUS);
});
