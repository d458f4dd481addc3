// Proleptic Gregorian calendar as day numbers: day 0 is 1970-01-01 (UTC), so day arithmetic
// on ISO strings is integer arithmetic. Valid range: years 1..9999 (what ISO `YYYY` can write).
//
// EXAMPLE: toDayNumber(2025, 3, 21) === 20168; fromDayNumber(20168) → { year: 2025, month: 3, day: 21 }

const MS_PER_DAY = 86_400_000;

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Sunday = 0 … Saturday = 6, as `Date#getUTCDay`. */
export const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`. */
export function gregorianMonthLength(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Expected a month 1–12, got ${month}`);
  return month === 2 && isGregorianLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

export function isValidGregorianDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= gregorianMonthLength(year, month)
  );
}

export function toDayNumber(year: number, month: number, day: number): number {
  if (!isValidGregorianDate(year, month, day)) throw new RangeError(`Expected a valid Gregorian date, got ${year}-${month}-${day}`);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear: years 0–99 are not shifted to 19xx
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): YMD {
  if (!Number.isInteger(n)) throw new RangeError(`Expected an integer day number, got ${n}`);
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day number. */
export function dayNumberToIso(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatYearMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; null when it is not a real date. */
export function parseIsoDate(iso: string): YMD | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
  return isValidGregorianDate(year, month, day) ? { year, month, day } : null;
}

/** Day number of `YYYY-MM-DD`; throws RangeError on anything else. */
export function isoToDayNumber(iso: string): number {
  const ymd = parseIsoDate(iso);
  if (!ymd) throw new RangeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return toDayNumber(ymd.year, ymd.month, ymd.day);
}

/** EXAMPLE: addDays('2025-12-31', 1) === '2026-01-01' */
export function addDays(iso: string, days: number): string {
  return dayNumberToIso(isoToDayNumber(iso) + days);
}

/** Sunday = 0 … Saturday = 6. EXAMPLE: weekdayOfDayNumber(0) === 4 (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[weekdayOfDayNumber(isoToDayNumber(iso))]!;
}
