// Moving a month or year by whole units from the publication date, in either calendar.
import type { EventDate } from '../../types.ts';
import type { ParsingContext } from '../context.ts';
import { dayRangeDate, gregorianMonthDate, solarMonthDate } from '../dates.ts';
import { isYearInRange, weekStartOf, yearDate, type MonthCalendar } from '../resolve.ts';
import type { TimeUnit } from '../tables.ts';

/** The unit holding publication, moved by `shift` units. EXAMPLE: MONTH -1 of 2025-01-10 → 2024-12 */
export function shiftedUnit(ctx: ParsingContext, unit: TimeUnit, shift: number, calendar: MonthCalendar, weekStart: number): EventDate | null {
  if (ctx.pubDay === null) return null;
  if (unit === 'DAY') return dayRangeDate(ctx.pubDay + shift, ctx.pubDay + shift);
  if (unit === 'WEEK') {
    const first = weekStartOf(ctx.pubDay, weekStart) + 7 * shift;
    return dayRangeDate(first, first + 6);
  }
  const pub = calendar === 'gregorian' ? ctx.pubGregorian : ctx.pubSolar;
  if (!pub) return null;
  if (unit === 'YEAR') return yearDate(calendar, pub.year + shift);
  const index = pub.year * 12 + (pub.month - 1) + shift;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (!isYearInRange(calendar, year)) return null;
  return calendar === 'gregorian' ? gregorianMonthDate(year, month) : solarMonthDate(year, month);
}

export function knownOf(unit: TimeUnit): { year: boolean; month: boolean; day: boolean } {
  return { year: true, month: unit !== 'YEAR', day: unit === 'DAY' };
}
