// Weekdays in Persian: the most recent one on or before publication (the same day counts) and the
// next one as futureDate; "گذشته"/"آینده" pick one side; "هفته آینده" a day of next week.
import { describe, expect, it } from 'vitest';
import { itResolvesCorpus, mentionsOf, type CorpusGroup } from '../time-test-util.ts';

const WED_2025_10_15 = '2025-10-15';
const WED_2025_12_24 = '2025-12-24';
const THU_2025_07_31 = '2025-07-31';

const CORPUS: CorpusGroup[] = [
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-15', future: null, kind: 'WEEKDAY' }, examples: ['روز چهارشنبه', 'ولادیمیر پوتین روز چهارشنبه در کرملین با احمد الشرع دیدار کرد', 'چهارشنبه', 'چهار شنبه', 'امروز چهارشنبه', 'قرار است الجولانی امروز چهارشنبه با پوتین دیدار کند'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-14', future: '2025-10-21' }, examples: ['سه شنبه', 'سهشنبه', 'سه‌شنبه', 'روز سه شنبه', 'عصر سه شنبه', 'صبح روز سه‌شنبه'] },
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-23', future: '2025-12-30' }, examples: ['وزیر دفاع دولت موقت سوریه عصر سهشنبه با پوتین دیدار کرد'] },
  { publishedAt: WED_2025_12_24, expect: { value: '2025-12-24', future: null }, examples: ['لاوروف روز چهارشنبه در دیدار با اسعد حسن الشیبانی'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-09', future: '2025-10-16' }, examples: ['پنجشنبه', 'پنج شنبه', 'روز پنج‌شنبه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-11', future: '2025-10-18' }, examples: ['شنبه', 'روز شنبه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-10', future: '2025-10-17' }, examples: ['جمعه', 'روز جمعه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-12', future: '2025-10-19' }, examples: ['یکشنبه', 'یک شنبه', 'یک‌شنبه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-13', future: '2025-10-20' }, examples: ['دوشنبه', 'دو شنبه'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-14', future: null }, examples: ['سه شنبه گذشته', 'دیروز سه شنبه', 'سه‌شنبه قبل'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-08', future: null }, examples: ['چهارشنبه گذشته', 'چهارشنبه هفته گذشته'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-22', future: null }, examples: ['چهارشنبه آینده', 'چهارشنبه هفته آینده'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-16', future: null }, examples: ['فردا پنجشنبه', 'پنجشنبه هفته جاری'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-18', future: null }, examples: ['شنبه آینده', 'شنبه هفته آینده'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-21', future: null }, examples: ['سه شنبه هفته آینده', 'سه شنبه هفته بعد'] },
  { publishedAt: WED_2025_10_15, expect: { value: '2025-10-06', future: null }, examples: ['دوشنبه هفته گذشته'] },
  { publishedAt: THU_2025_07_31, expect: { value: '2025-07-31', future: null }, examples: ['روز پنجشنبه', 'امروز پنجشنبه'] },
];

describe('Persian weekdays', () => {
  itResolvesCorpus('fa', CORPUS);

  it('lets the weekday win when "امروز" and the publication day disagree, and says so', () => {
    const [m, ...rest] = mentionsOf('امروز پنجشنبه', 'fa', WED_2025_10_15);
    expect(rest).toEqual([]);
    expect(m!.date.value).toBe('2025-10-16');
    expect(m!.tags).toContain('weekday-mismatch');
  });

  it('joins a weekday to the full date next to it, checking that they agree', () => {
    const agree = mentionsOf('تاریخ انتشار : چهارشنبه 1404/10/03 ساعت 15:16', 'fa', null);
    expect(agree).toHaveLength(1);
    expect(agree[0]!.text).toBe('چهارشنبه 1404/10/03');
    expect(agree[0]!.date.value).toBe('2025-12-24');
    expect(agree[0]!.tags).not.toContain('weekday-mismatch');
    const disagree = mentionsOf('متن خبر: پنجشنبه ۲۳ مهر ۱۴۰۴ در تهران', 'fa', null);
    expect(disagree).toHaveLength(1);
    expect(disagree[0]!.date.value).toBe('2025-10-15');
    expect(disagree[0]!.tags).toContain('weekday-mismatch');
  });

  it('leaves weekdays unresolved without a publication date', () => {
    expect(mentionsOf('روز چهارشنبه', 'fa', null)).toEqual([]);
  });
});
