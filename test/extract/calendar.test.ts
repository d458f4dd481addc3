import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumberToIso,
  dayNumberToSolar,
  gregorianMonthLength,
  gregorianToSolar,
  isoToDayNumber,
  isSolarLeapYear,
  isValidSolarDate,
  parseIsoDate,
  solarMonthLength,
  solarToDayNumber,
  solarToGregorian,
  SOLAR_MAX_YEAR,
  SOLAR_MIN_YEAR,
  toDayNumber,
  weekdayOf,
} from '../../src/extract/calendar/index.ts';

const iso = (g: { year: number; month: number; day: number }): string =>
  `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;

// Solar Hijri ⇄ Gregorian pairs from the official Iranian calendar (jalaali-js KNOWN_PAIRS style).
const KNOWN_PAIRS: readonly [solar: [number, number, number], gregorian: string][] = [
  [[1404, 1, 1], '2025-03-21'],
  [[1404, 10, 3], '2025-12-24'],
  [[1404, 7, 23], '2025-10-15'],
  [[1404, 5, 9], '2025-07-31'],
  [[1403, 12, 30], '2025-03-20'],
  [[1403, 1, 1], '2024-03-20'],
  [[1405, 1, 1], '2026-03-21'],
  [[1400, 1, 1], '2021-03-21'],
  [[1399, 12, 30], '2021-03-20'],
  [[1399, 1, 1], '2020-03-20'],
  [[1357, 11, 22], '1979-02-11'],
  [[1358, 1, 12], '1979-04-01'],
  [[1300, 1, 1], '1921-03-21'],
  [[1395, 1, 1], '2016-03-20'],
  [[1404, 6, 31], '2025-09-22'],
  [[1404, 7, 1], '2025-09-23'],
  [[1404, 12, 29], '2026-03-20'],
];

describe('Solar Hijri conversion', () => {
  it.each(KNOWN_PAIRS)('%j is %s', ([y, m, d], gregorian) => {
    expect(iso(solarToGregorian(y, m, d))).toBe(gregorian);
    const [gy, gm, gd] = gregorian.split('-').map(Number) as [number, number, number];
    expect(gregorianToSolar(gy, gm, gd)).toEqual({ year: y, month: m, day: d });
  });

  it('agrees day by day with ICU’s Persian calendar over its whole range', () => {
    const icu = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    const first = solarToDayNumber(SOLAR_MIN_YEAR, 1, 1);
    const last = solarToDayNumber(SOLAR_MAX_YEAR, 12, solarMonthLength(SOLAR_MAX_YEAR, 12));
    let checked = 0;
    for (let n = first; n <= last; n += 1) {
      const parts = icu.formatToParts(new Date(n * 86_400_000));
      const part = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
      const ours = dayNumberToSolar(n);
      if (ours.year !== part('year') || ours.month !== part('month') || ours.day !== part('day')) {
        throw new Error(`Day ${dayNumberToIso(n)}: ours ${JSON.stringify(ours)}, ICU ${part('year')}/${part('month')}/${part('day')}`);
      }
      expect(solarToDayNumber(ours.year, ours.month, ours.day)).toBe(n);
      checked++;
    }
    expect(checked).toBeGreaterThan(290 * 365);
  });

  it('knows leap years and month lengths', () => {
    expect(isSolarLeapYear(1403)).toBe(true);
    expect(isSolarLeapYear(1404)).toBe(false);
    expect(isSolarLeapYear(1399)).toBe(true);
    expect(solarMonthLength(1404, 1)).toBe(31);
    expect(solarMonthLength(1404, 7)).toBe(30);
    expect(solarMonthLength(1404, 12)).toBe(29);
    expect(solarMonthLength(1403, 12)).toBe(30);
    expect(isValidSolarDate(1404, 12, 30)).toBe(false);
    expect(isValidSolarDate(1403, 12, 30)).toBe(true);
    expect(isValidSolarDate(1404, 7, 31)).toBe(false);
  });

  it('refuses years outside its range and impossible dates with a RangeError', () => {
    expect(() => solarToGregorian(SOLAR_MAX_YEAR + 1, 1, 1)).toThrow(RangeError);
    expect(() => solarToGregorian(SOLAR_MIN_YEAR - 1, 1, 1)).toThrow(RangeError);
    expect(() => solarToGregorian(1404, 13, 1)).toThrow(RangeError);
    expect(() => solarToGregorian(1404, 12, 30)).toThrow(/1404\/12\/30/);
    expect(() => dayNumberToSolar(toDayNumber(2200, 1, 1))).toThrow(RangeError);
  });
});

describe('Gregorian day arithmetic', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2025-10-15', -365, '2024-10-15'],
  ] as const)('%s + %i days = %s', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
  });

  it.each([
    ['2025-10-15', 'WEDNESDAY'],
    ['2025-07-31', 'THURSDAY'],
    ['2025-12-24', 'WEDNESDAY'],
    ['2025-12-23', 'TUESDAY'],
    ['1970-01-01', 'THURSDAY'],
    ['2000-01-01', 'SATURDAY'],
    ['1944-06-06', 'TUESDAY'],
  ] as const)('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('round-trips day numbers and month lengths', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(dayNumberToIso(isoToDayNumber('2025-10-15'))).toBe('2025-10-15');
    expect(dayNumberToIso(-1)).toBe('1969-12-31');
    expect(gregorianMonthLength(2024, 2)).toBe(29);
    expect(gregorianMonthLength(2100, 2)).toBe(28);
    expect(gregorianMonthLength(2025, 4)).toBe(30);
  });

  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-10-15')).toEqual({ year: 2025, month: 10, day: 15 });
    expect(parseIsoDate('15/10/2025')).toBeNull();
    expect(() => isoToDayNumber('2025-13-01')).toThrow(RangeError);
  });
});
