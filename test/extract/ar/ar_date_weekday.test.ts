// Weekdays in Arabic. Published Thursday 2025-07-31.
import { describe, expect, it } from 'vitest';
import { itResolvesCorpus, mentionsOf, type CorpusGroup } from '../time-test-util.ts';

const THU_2025_07_31 = '2025-07-31';

const CORPUS: CorpusGroup[] = [
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-31', future: null, kind: 'WEEKDAY' }, examples: ['مع وزير الخارجية السوري آساد الشيباني في موسكو يوم الخميس ، وهي أول زيارة', 'يوم الخميس', 'الخميس', 'اليوم الخميس', 'صباح الخميس'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-30', future: '2025-08-06' }, examples: ['يوم الأربعاء', 'الأربعاء', 'مساء الأربعاء'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-30', future: null }, examples: ['الأربعاء الماضي', 'أمس الأربعاء', 'يوم الأربعاء الماضي'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-06', future: null }, examples: ['الأربعاء المقبل', 'يوم الأربعاء القادم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-07', future: null }, examples: ['الخميس المقبل'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-24', future: null }, examples: ['الخميس الماضي', 'الخميس المنصرم'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-28', future: '2025-08-04' }, examples: ['يوم الاثنين', 'يوم الإثنين', 'صباح الاثنين'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-27', future: '2025-08-03' }, examples: ['يوم الأحد', 'مساء الأحد'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-26', future: '2025-08-02' }, examples: ['السبت', 'يوم السبت'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-25', future: '2025-08-01' }, examples: ['الجمعة', 'يوم الجمعة', 'مساء الجمعة'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-29', future: '2025-08-05' }, examples: ['الثلاثاء', 'يوم الثلاثاء'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-05', future: null }, examples: ['الثلاثاء من الأسبوع المقبل'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-08-01', future: null }, examples: ['غدا الجمعة'] },
];

describe('Arabic weekdays', () => {
  itResolvesCorpus('ar', CORPUS);

  it('joins a weekday to the date after it', () => {
    const ms = mentionsOf('التقى الوزيران يوم الخميس 31 يوليو 2025 في موسكو', 'ar', null);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.text).toBe('یوم الخمیس 31 یولیو 2025');
    expect(ms[0]!.date.value).toBe('2025-07-31');
  });
});
