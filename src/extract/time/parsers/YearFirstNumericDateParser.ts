// Language-neutral: year first, separated by "-", "/" or ".".
//
// EXAMPLE: "2024-11-20" → 2024-11-20; "2024/11/20" → 2024-11-20
// EXAMPLE: "1403/08/30" in Persian → Solar 1403-08-30 → 2024-11-20
// EXAMPLE: "1447/04/22" in Arabic → a lunar Hijri date: recognised and dropped
// Not a date: "021-88776655" (no 4-digit year first), "1234-56-78" (no month 56).
import type { Candidate, ParsingContext } from '../context.ts';
import { dayDate } from '../dates.ts';
import { TimeParser, type Match } from '../parser.ts';
import { calendarOfNumericYear, NUMERIC_LEFT, NUMERIC_RIGHT, numericDay } from './numeric.ts';

export default class YearFirstNumericDateParser extends TimeParser {
  readonly name = 'parser/YearFirstNumericDateParser';

  protected innerPattern(): string {
    return `${NUMERIC_LEFT}(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})`;
  }

  protected override rightBoundary(): string {
    // "2024-11-20T10:00" is still a date: only digits and a further numeric part end it.
    return NUMERIC_RIGHT;
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const year = Number(m.groups!.year), month = Number(m.groups!.month), day = Number(m.groups!.day);
    const calendar = calendarOfNumericYear(year, ctx.language);
    const end = m.index + m[0].length;
    if (calendar === null) return null;
    if (calendar === 'drop') return this.blocker(m.index, end);
    const n = numericDay(calendar, year, month, day);
    if (n === null) return null;
    return this.candidate(m.index, end, {
      date: dayDate(n),
      known: { year: true, month: true, day: true },
      kind: 'ABSOLUTE',
      calendar,
    });
  }
}
