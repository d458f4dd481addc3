// Gregorian month names in Arabic: Levantine / Iraqi, Egyptian / Gulf and Maghrebi, alone, paired
// ("تشرين الأول/أكتوبر") or with a day, a year or a qualifier.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const THU_2025_07_31 = '2025-07-31';
const WED_2025_10_15 = '2025-10-15';

const CORPUS: CorpusGroup[] = [
  {
    publishedAt: THU_2025_07_31,
    expect: { value: '2025-10-15' },
    examples: ['15 أكتوبر 2025', '15 تشرين الأول 2025', '15 تشرين الأول/أكتوبر 2025', '15 أكتوبر/تشرين الأول 2025', '١٥ أكتوبر ٢٠٢٥', 'في 15 من أكتوبر 2025', '15 اكتوبر 2025م', '15 أكتوبر (تشرين الأول) 2025', 'في 15 تشرين أول 2025'],
  },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-10-15', future: '2025-10-15', kind: 'ABSOLUTE' }, examples: ['قمة دوري روسيا-أراب الأولى ، والتي من المقرر عقدها في 15 أكتوبر', 'في 15 تشرين الأول', '15 أكتوبر'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-10', future: '2025-10' }, examples: ['قمة بين روسيا وأعضاء الدول العرب في موسكو في أكتوبر.', 'في شهر أكتوبر', 'في تشرين الأول', 'خلال شهر تشرين الأول', 'بحلول أكتوبر'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-12', future: '2025-12' }, examples: ['منذ إطالة باشار الأسد في ديسمبر.', 'قاد المتمردين إلى دمشق في ديسمبر وقام بتركيب حكومة جديدة', 'في كانون الأول'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-05', future: '2026-05' }, examples: ['في مايو ، حذر وزير الخارجية الروسي', 'في أيار', 'منذ مايو', 'في ماي'.replace('ماي', 'شهر ماي')] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-12', kind: 'RELATIVE' }, examples: ['في ديسمبر من العام الماضي', 'ديسمبر الماضي', 'كانون الأول الماضي', 'في كانون الأول/ديسمبر الماضي', 'ديسمبر المنصرم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-06', kind: 'RELATIVE' }, examples: ['يونيو الماضي', 'حزيران الماضي', 'في يونيه الفائت'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08', kind: 'RELATIVE' }, examples: ['أغسطس المقبل', 'آب المقبل', 'في آب القادم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-09', kind: 'RELATIVE' }, examples: ['أيلول المقبل', 'سبتمبر القادم', 'سبتمبر من العام الجاري', 'أيلول من هذا العام'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2026-01', kind: 'RELATIVE' }, examples: ['يناير من العام المقبل', 'كانون الثاني المقبل'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07', future: null }, examples: ['يوليو الجاري', 'تموز الحالي', 'في تموز'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-10' }, examples: ['تشرين الأول/أكتوبر 2025', 'أكتوبر 2025', 'شهر أكتوبر 2025', 'في أكتوبر عام 2025', 'أكتوبر من عام 2025'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-08' }, examples: ['شهر آب 2024', 'آب 2024', 'أغسطس 2024', 'غشت 2024', 'أوت 2024'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-05', part: 'LATE' }, examples: ['أواخر أيار 2025', 'أواخر مايو الماضي', 'نهاية أيار الماضي'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-10', part: 'MID' }, examples: ['منتصف أكتوبر 2025', 'في منتصف تشرين الأول المقبل'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-03', part: 'EARLY' }, examples: ['مطلع آذار الماضي', 'أوائل مارس 2025', 'بداية شهر آذار 2025'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-10-01' }, examples: ['أول أكتوبر 2025', 'الأول من أكتوبر 2025', '1 تشرين الأول 2025'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-01-15' }, examples: ['15 جانفي 2025', '15 يناير 2025', '15 كانون الثاني 2025', '15 كانون ثاني 2025'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-12-08' }, examples: ['8 دجنبر 2024', '8 ديسمبر 2024', '8 كانون الأول 2024'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2011-01-25' }, examples: ['ثورة 25 يناير 2011'] },
  { publishedAt: THU_2025_07_31, expect: { value: '1967-06' }, examples: ['حرب حزيران 1967', 'يونيو 1967'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-04-01' }, examples: ['1 نيسان 2025', '1 أبريل 2025', '1 إبريل 2025', '1 أفريل 2025'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-02' }, examples: ['شباط 2025', 'فبراير 2025', 'فيفري 2025'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15', start: '2025-10-15', end: '2025-10-17', precision: 'DAY', isRange: true }, examples: ['من 15 إلى 17 أكتوبر 2025', '15-17 أكتوبر 2025', '15 و17 تشرين الأول 2025'.replace('و17', 'و 17')] },
];

describe('Arabic month names', () => {
  itResolvesCorpus('ar', CORPUS);
});
