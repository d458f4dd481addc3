// Resolving what the text states against the publication date.
//
// A month or day without a year reads as its most recent occurrence on or before publication,
// with the next one on or after publication as `futureDate` when it differs — the pipeline
// picks between them by tense (a PLANNED event takes the future reading).
// EXAMPLE: "في أكتوبر", published 2024-07-10 → 2023-10, futureDate 2024-10
// EXAMPLE: "30 آبان", published 2024-11-20 → 2024-11-20 (the same day counts for both readings)
// "Past" qualifiers (گذشته، الماضي، last) take the latest occurrence wholly before publication,
// "future" ones (آینده، المقبل، next) the first wholly after it.
// EXAMPLE: "فوریه گذشته", published 2024-11-20 → 2024-02; published 2025-02-10 → 2024-02
import type { EventDate } from '../types.ts';
import {
  gregorianMonthLength,
  isValidGregorianDate,
  isValidSolarDate,
  solarMonthBounds,
  solarToDayNumber,
  SOLAR_MAX_YEAR,
  SOLAR_MIN_YEAR,
  toDayNumber,
} from '../calendar/index.ts';
import type { ParsingContext } from './context.ts';
import { dayDate, dayRangeDate, gregorianMonthDate, gregorianYearDate, solarMonthDate, solarYearDate } from './dates.ts';

export type MonthCalendar = 'gregorian' | 'solar-hijri';
export type Direction = 'PAST' | 'FUTURE';

/** Years a month name with a 4-digit year may take, per calendar. */
export const YEAR_RANGE: Record<MonthCalendar, readonly [number, number]> = {
  gregorian: [1800, 2199],
  'solar-hijri': [SOLAR_MIN_YEAR, SOLAR_MAX_YEAR],
};

export function isYearInRange(calendar: MonthCalendar, year: number): boolean {
  const [lo, hi] = YEAR_RANGE[calendar];
  return year >= lo && year <= hi;
}

export interface CalendarDateSpec {
  calendar: MonthCalendar;
  month: number;
  /** First day; absent for a whole month. */
  day?: number;
  /** Last day of a day range ("15-17"). */
  dayEnd?: number;
  /** Stated year. */
  year?: number;
  /** Year relative to the publication year: "سال گذشته" -1, "امسال" 0. */
  yearShift?: number;
  /** "گذشته" / "آینده" with no year. */
  direction?: Direction;
}

export interface ResolvedDate {
  date: EventDate;
  futureDate?: EventDate;
  /** The year was stated or fixed relative to publication. */
  knownYear: boolean;
  /** The year came from the publication date by a qualifier ("last year", "الماضي"). */
  relative: boolean;
}

interface DayBounds {
  first: number;
  last: number;
}

/** Day-number bounds of the month (or day range) in `year`, or null when that date does not exist. */
function bounds(spec: CalendarDateSpec, year: number): DayBounds | null {
  if (!isYearInRange(spec.calendar, year)) return null;
  const valid = spec.calendar === 'gregorian' ? isValidGregorianDate : isValidSolarDate;
  const toDay = spec.calendar === 'gregorian' ? toDayNumber : solarToDayNumber;
  if (spec.day === undefined) {
    if (spec.calendar === 'solar-hijri') return solarMonthBounds(year, spec.month);
    const first = toDayNumber(year, spec.month, 1);
    return { first, last: first + gregorianMonthLength(year, spec.month) - 1 };
  }
  const lastDay = spec.dayEnd ?? spec.day;
  if (!valid(year, spec.month, spec.day) || !valid(year, spec.month, lastDay)) return null;
  return { first: toDay(year, spec.month, spec.day), last: toDay(year, spec.month, lastDay) };
}

function toEventDate(spec: CalendarDateSpec, year: number, b: DayBounds): EventDate {
  if (spec.day !== undefined) return b.first === b.last ? dayDate(b.first) : dayRangeDate(b.first, b.last);
  return spec.calendar === 'solar-hijri' ? solarMonthDate(year, spec.month) : gregorianMonthDate(year, spec.month);
}

/** How far around the publication year to look for an occurrence (Feb 29 recurs every 4–8 years). */
const SEARCH_YEARS = 8;

export function resolveCalendarDate(ctx: ParsingContext, spec: CalendarDateSpec): ResolvedDate | null {
  if (spec.year !== undefined) {
    const b = bounds(spec, spec.year);
    return b ? { date: toEventDate(spec, spec.year, b), knownYear: true, relative: false } : null;
  }
  const pubYear = ctx.pubYear(spec.calendar);
  const pub = ctx.pubDay;
  if (pubYear === null || pub === null) return null;
  if (spec.yearShift !== undefined) {
    const year = pubYear + spec.yearShift;
    const b = bounds(spec, year);
    return b ? { date: toEventDate(spec, year, b), knownYear: true, relative: true } : null;
  }
  let past: { year: number; b: DayBounds } | null = null;
  let future: { year: number; b: DayBounds } | null = null;
  for (let year = pubYear - SEARCH_YEARS; year <= pubYear + SEARCH_YEARS; year++) {
    const b = bounds(spec, year);
    if (!b) continue;
    if (spec.direction === 'PAST') {
      if (b.last < pub) past = { year, b };
    } else if (spec.direction === 'FUTURE') {
      if (b.first > pub && !future) future = { year, b };
    } else {
      if (b.first <= pub) past = { year, b };
      if (b.last >= pub && !future) future = { year, b };
    }
  }
  if (spec.direction === 'FUTURE') {
    return future ? { date: toEventDate(spec, future.year, future.b), knownYear: true, relative: true } : null;
  }
  if (!past) return null;
  const resolved: ResolvedDate = {
    date: toEventDate(spec, past.year, past.b),
    knownYear: spec.direction === 'PAST',
    relative: spec.direction === 'PAST',
  };
  if (!spec.direction && future && future.year !== past.year) resolved.futureDate = toEventDate(spec, future.year, future.b);
  return resolved;
}

/** The whole year, Gregorian or Solar Hijri; null outside the calendar's range. */
export function yearDate(calendar: MonthCalendar, year: number): EventDate | null {
  if (!isYearInRange(calendar, year)) return null;
  return calendar === 'solar-hijri' ? solarYearDate(year) : gregorianYearDate(year);
}

/**
 * A weekday (Sunday = 0) against publication: the most recent one on or before it (the same day
 * counts) and the next one on or after it; `direction` keeps only the strictly earlier or later.
 * EXAMPLE: Wednesday, published Wednesday 2024-11-20 → 2024-11-20 and no futureDate
 * EXAMPLE: Tuesday, published Wednesday 2024-11-20 → 2024-11-19, futureDate 2024-11-26
 */
export function resolveWeekday(
  pub: number,
  weekday: number,
  direction?: Direction,
): { date: number; futureDate?: number } {
  const pubWeekday = (((pub + 4) % 7) + 7) % 7;
  const back = (pubWeekday - weekday + 7) % 7;
  const forward = (weekday - pubWeekday + 7) % 7;
  if (direction === 'PAST') return { date: pub - (back === 0 ? 7 : back) };
  if (direction === 'FUTURE') return { date: pub + (forward === 0 ? 7 : forward) };
  const date = pub - back;
  return back === 0 ? { date } : { date, futureDate: pub + forward };
}

/** The day with `weekday` nearest to `day` (within ±3 days). */
export function nearestWeekday(day: number, weekday: number): number {
  const dayWeekday = (((day + 4) % 7) + 7) % 7;
  let delta = (weekday - dayWeekday + 7) % 7;
  if (delta > 3) delta -= 7;
  return day + delta;
}

/** First day of the week holding `day`, weeks starting on `weekStart` (Sunday = 0). */
export function weekStartOf(day: number, weekStart: number): number {
  const dayWeekday = (((day + 4) % 7) + 7) % 7;
  return day - ((dayWeekday - weekStart + 7) % 7);
}
