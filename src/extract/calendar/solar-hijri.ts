// Solar Hijri (Jalali, the civil calendar of Iran and Afghanistan) ⇄ Gregorian.
//
// Leap years follow the 33-year arithmetic rule, leap when (25·y + 11) mod 33 < 8, which matches
// the official astronomical calendar (new year at the vernal equinox, Tehran noon) from 1210 SH on.
// Valid range 1210–1500 SH (1831–2122 CE): over it the rule agrees day by day with ICU's Persian
// calendar (checked in test/extract/calendar.test.ts); from 1502 the two part, so outside the range
// conversion throws a RangeError rather than guess.
// Months 1–6 have 31 days, 7–11 have 30, Esfand 29 (30 in leap years).
// Anchor: 1 Farvardin 1404 = 2025-03-21, an official new year; every other new year is counted
// from it by year lengths into a table built once at load (292 entries).
//
// EXAMPLE: solarToGregorian(1404, 10, 3) → { year: 2025, month: 12, day: 24 }
// EXAMPLE: gregorianToSolar(2025, 3, 20) → { year: 1403, month: 12, day: 30 } (1403 is leap)

import { fromDayNumber, toDayNumber, type YMD } from './gregorian.ts';

export const SOLAR_MIN_YEAR = 1210;
export const SOLAR_MAX_YEAR = 1500;

const ANCHOR_YEAR = 1404;
const ANCHOR_NEW_YEAR = toDayNumber(2025, 3, 21);

export function isSolarLeapYear(year: number): boolean {
  checkYear(year);
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < SOLAR_MIN_YEAR || year > SOLAR_MAX_YEAR) {
    throw new RangeError(`Expected a Solar Hijri year ${SOLAR_MIN_YEAR}–${SOLAR_MAX_YEAR}, got ${year}`);
  }
}

function yearLength(year: number): number {
  return isSolarLeapYear(year) ? 366 : 365;
}

/** NEW_YEARS[y - SOLAR_MIN_YEAR] is the day number of 1 Farvardin y; one more entry ends the last year. */
const NEW_YEARS: Int32Array = (() => {
  const table = new Int32Array(SOLAR_MAX_YEAR - SOLAR_MIN_YEAR + 2);
  table[ANCHOR_YEAR - SOLAR_MIN_YEAR] = ANCHOR_NEW_YEAR;
  for (let y = ANCHOR_YEAR + 1; y <= SOLAR_MAX_YEAR + 1; y++) {
    table[y - SOLAR_MIN_YEAR] = table[y - 1 - SOLAR_MIN_YEAR]! + yearLength(y - 1);
  }
  for (let y = ANCHOR_YEAR - 1; y >= SOLAR_MIN_YEAR; y--) {
    table[y - SOLAR_MIN_YEAR] = table[y + 1 - SOLAR_MIN_YEAR]! - yearLength(y);
  }
  return table;
})();

/** Days in `month` (1–12) of Solar `year`. */
export function solarMonthLength(year: number, month: number): number {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Expected a month 1–12, got ${month}`);
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isSolarLeapYear(year) ? 30 : 29;
}

export function isValidSolarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= SOLAR_MIN_YEAR && year <= SOLAR_MAX_YEAR && month >= 1 && month <= 12 &&
    day >= 1 && day <= solarMonthLength(year, month)
  );
}

/** Day number (days since 1970-01-01) of a Solar Hijri date. */
export function solarToDayNumber(year: number, month: number, day: number): number {
  if (!isValidSolarDate(year, month, day)) throw new RangeError(`Expected a valid Solar Hijri date, got ${year}/${month}/${day}`);
  const dayOfYear = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  return NEW_YEARS[year - SOLAR_MIN_YEAR]! + dayOfYear + day - 1;
}

/** Solar Hijri date of a day number. */
export function dayNumberToSolar(n: number): YMD {
  const first = NEW_YEARS[0]!, last = NEW_YEARS[NEW_YEARS.length - 1]!;
  if (!Number.isInteger(n) || n < first || n >= last) {
    throw new RangeError(`Expected a day inside Solar Hijri years ${SOLAR_MIN_YEAR}–${SOLAR_MAX_YEAR}, got day number ${n}`);
  }
  // A year is ~365.24 days: estimate, then step to the right one.
  let year = ANCHOR_YEAR + Math.floor((n - ANCHOR_NEW_YEAR) / 365.2422);
  year = Math.min(Math.max(year, SOLAR_MIN_YEAR), SOLAR_MAX_YEAR);
  while (NEW_YEARS[year - SOLAR_MIN_YEAR]! > n) year--;
  while (NEW_YEARS[year + 1 - SOLAR_MIN_YEAR]! <= n) year++;
  const dayOfYear = n - NEW_YEARS[year - SOLAR_MIN_YEAR]!;
  if (dayOfYear < 186) return { year, month: Math.floor(dayOfYear / 31) + 1, day: (dayOfYear % 31) + 1 };
  const rest = dayOfYear - 186;
  return { year, month: Math.floor(rest / 30) + 7, day: (rest % 30) + 1 };
}

export function solarToGregorian(year: number, month: number, day: number): YMD {
  return fromDayNumber(solarToDayNumber(year, month, day));
}

export function gregorianToSolar(year: number, month: number, day: number): YMD {
  return dayNumberToSolar(toDayNumber(year, month, day));
}

/** Inclusive day-number bounds of a Solar month. */
export function solarMonthBounds(year: number, month: number): { first: number; last: number } {
  const first = solarToDayNumber(year, month, 1);
  return { first, last: first + solarMonthLength(year, month) - 1 };
}

/** Inclusive day-number bounds of a Solar year. */
export function solarYearBounds(year: number): { first: number; last: number } {
  checkYear(year);
  return { first: NEW_YEARS[year - SOLAR_MIN_YEAR]!, last: NEW_YEARS[year + 1 - SOLAR_MIN_YEAR]! - 1 };
}
