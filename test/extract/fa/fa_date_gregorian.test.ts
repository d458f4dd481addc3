// Gregorian dates written in Persian.
import { describe } from 'vitest';
import { itResolvesCorpus, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';
const THU_2025_07_31 = '2025-07-31';
const TUE_2026_02_10 = '2026-02-10';

const CORPUS: CorpusGroup[] = [
  { publishedAt: THU_2025_07_31, expect: { value: '2025-10-15' }, examples: ['۱۵ اکتبر ۲۰۲۵', '15 اکتبر 2025 میلادی', 'در ۱۵ اکتبر سال ۲۰۲۵', '15 اکتبر ۲۰۲۵', 'روز ۱۵ اکتبر ۲۰۲۵'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-10-15', future: '2025-10-15' }, examples: ['۱۵ اکتبر', 'در ۱۵ اکتبر برگزار می شود'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-09-12', kind: 'RELATIVE' }, examples: ['الجولانی در تاریخ ۱۲ سپتامبر گذشته، اظهار داشته بود', '12 سپتامبر گذشته'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-02', kind: 'RELATIVE' }, examples: ['در ماه فوریه گذشته، تماسی تلفنی دریافت کرده بود', 'فوریه گذشته', 'فوریه سال جاری', 'فوریه امسال'] },
  { publishedAt: TUE_2026_02_10, expect: { value: '2025-02', kind: 'RELATIVE' }, examples: ['فوریه گذشته', 'ماه فوریه سال گذشته'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-12' }, examples: ['از زمان سقوط بشار اسد در دسامبر سال گذشته', 'دسامبر ۲۰۲۴', 'ماه دسامبر سال ۲۰۲۴', 'دسامبر پارسال', 'دسامبر گذشته'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2024-10', future: '2025-10', kind: 'ABSOLUTE' }, examples: ['اجلاس که قرار است در ماه اکتبر برگزار شود', 'در اکتبر', 'ماه اکتبر'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10', future: null }, examples: ['اکتبر سال جاری', 'اکتبر امسال', 'در ماه اکتبر'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-11', kind: 'RELATIVE' }, examples: ['نوامبر آینده', 'ماه نوامبر پیش رو'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2026-03', kind: 'RELATIVE' }, examples: ['مارس سال آینده', 'مارس سال بعد'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-05-15' }, examples: ['۱۵ می ۲۰۲۵', '۱۵ مه ۲۰۲۵', '15 ماه مه 2025'.replace('ماه ', '')] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-05', future: '2026-05' }, examples: ['ماه می', 'در ماه مه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-07' }, examples: ['ژوئیه ۲۰۲۴', 'جولای 2024', 'ژوییه ۲۰۲۴', 'در ماه ژوئیه سال ۲۰۲۴'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-06' }, examples: ['ژوئن ۲۰۲۴', 'ژوین ۲۰۲۴'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2023-08' }, examples: ['آگوست ۲۰۲۳', 'اوت ۲۰۲۳', 'اگوست 2023'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-01-31' }, examples: ['۳۱ ژانویه ۲۰۲۵', '31 ژانویه 2025'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-02-29' }, examples: ['۲۹ فوریه ۲۰۲۴'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-04-01' }, examples: ['اول آوریل ۲۰۲۵', '۱ آوریل ۲۰۲۵'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2024-12', part: 'EARLY' }, examples: ['اوایل دسامبر ۲۰۲۴', 'اوایل دسامبر سال گذشته'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15', start: '2025-10-15', end: '2025-10-17', precision: 'DAY', isRange: true }, examples: ['۱۵ تا ۱۷ اکتبر ۲۰۲۵', '15-17 اکتبر 2025'] },
];

describe('Gregorian dates in Persian', () => {
  itResolvesCorpus('fa', CORPUS);
});
