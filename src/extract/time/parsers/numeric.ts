// Shared pieces of the numeric date parsers.
import type { Language } from '../../types.ts';
import { isValidGregorianDate, isValidSolarDate, solarToDayNumber, toDayNumber } from '../../calendar/index.ts';

/** A numeric date may not touch another digit or continue as a longer number ("2024-11-20-3"). */
export const NUMERIC_LEFT = '(?<![\\d/.\\-])';
export const NUMERIC_RIGHT = '(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9]|[/.\\-]\\d)';

/** How a year written with digits reads in each language: its calendar, or null (not a date we report), or 'drop'. */
export function calendarOfNumericYear(year: number, language: Language): 'gregorian' | 'solar-hijri' | 'drop' | null {
  if (year >= 1900 && year <= 2199) return 'gregorian';
  if (year >= 1300 && year <= 1499) {
    // 14xx is the current era of both Hijri calendars: Solar in Persian, lunar in Arabic.
    if (language === 'fa') return 'solar-hijri';
    if (language === 'ar') return 'drop';
  }
  return null;
}

/** Day number of a numeric date in `calendar`, or null when it does not exist. */
export function numericDay(calendar: 'gregorian' | 'solar-hijri', year: number, month: number, day: number): number | null {
  if (calendar === 'gregorian') return isValidGregorianDate(year, month, day) ? toDayNumber(year, month, day) : null;
  return isValidSolarDate(year, month, day) ? solarToDayNumber(year, month, day) : null;
}
