// EventDate builders: every resolved date goes through one of these, so `value`, `start`,
// `end` and `precision` agree everywhere.
//
// A Solar Hijri month or year spans two Gregorian ones: its bounds are exact and its `value`
// is the Gregorian month (year) holding most of its days, a tie going to the later one.
// EXAMPLE: solarMonthDate(1404, 7) (Mehr: 2025-09-23 … 2025-10-22, 8 days in September, 22 in
//   October) → { value: '2025-10', start: '2025-09-23', end: '2025-10-22', precision: 'MONTH' }
import type { EventDate } from '../types.ts';
import {
  dayNumberToIso,
  formatYear,
  formatYearMonth,
  fromDayNumber,
  gregorianMonthLength,
  solarMonthBounds,
  solarYearBounds,
  toDayNumber,
} from '../calendar/index.ts';

/** EXAMPLE: dayDate(toDayNumber(2024, 11, 20)) → 2024-11-20 at DAY precision */
export function dayDate(day: number): EventDate {
  const iso = dayNumberToIso(day);
  return { value: iso, start: iso, end: iso, precision: 'DAY' };
}

/** A span of days at DAY precision; `value` is the first day. EXAMPLE: "15-17 October" */
export function dayRangeDate(first: number, last: number): EventDate {
  if (last < first) throw new RangeError(`Expected first <= last, got ${first} > ${last}`);
  return { value: dayNumberToIso(first), start: dayNumberToIso(first), end: dayNumberToIso(last), precision: 'DAY' };
}

export function gregorianMonthDate(year: number, month: number): EventDate {
  const first = toDayNumber(year, month, 1);
  const last = first + gregorianMonthLength(year, month) - 1;
  return { value: formatYearMonth(year, month), start: dayNumberToIso(first), end: dayNumberToIso(last), precision: 'MONTH' };
}

export function gregorianYearDate(year: number): EventDate {
  return { value: formatYear(year), start: `${formatYear(year)}-01-01`, end: `${formatYear(year)}-12-31`, precision: 'YEAR' };
}

export function solarMonthDate(year: number, month: number): EventDate {
  const { first, last } = solarMonthBounds(year, month);
  const a = fromDayNumber(first);
  const daysInFirstMonth = gregorianMonthLength(a.year, a.month) - a.day + 1;
  const total = last - first + 1;
  const major = daysInFirstMonth * 2 > total ? a : fromDayNumber(last);
  return { value: formatYearMonth(major.year, major.month), start: dayNumberToIso(first), end: dayNumberToIso(last), precision: 'MONTH' };
}

export function solarYearDate(year: number): EventDate {
  const { first, last } = solarYearBounds(year);
  const a = fromDayNumber(first);
  const daysInFirstYear = toDayNumber(a.year, 12, 31) - first + 1;
  const total = last - first + 1;
  const majorYear = daysInFirstYear * 2 > total ? a.year : a.year + 1;
  return { value: formatYear(majorYear), start: dayNumberToIso(first), end: dayNumberToIso(last), precision: 'YEAR' };
}
