// Language-neutral: year last, "15/10/2025", "15.10.2025", "15-10-2025".
//
// Day first is the convention in Persian and Arabic writing and with dots; month first is American.
// EXAMPLE: "20/11/2024" → 2024-11-20 (20 cannot be a month)
// EXAMPLE: "11/20/2024" → 2024-11-20 (20 cannot be a month, so the first number is)
// EXAMPLE: "03/10/2025" → 2025-10-03 in Arabic and Persian; in English, null (03 March or 10 October?)
// EXAMPLE: "03.10.2025" → 2025-10-03 in every language (dots are never American)
// EXAMPLE: "30/08/1403" in Persian → Solar 1403-08-30 → 2024-11-20
import type { Candidate, ParsingContext } from '../context.ts';
import { dayDate } from '../dates.ts';
import { TimeParser, type Match } from '../parser.ts';
import { calendarOfNumericYear, NUMERIC_LEFT, NUMERIC_RIGHT, numericDay } from './numeric.ts';

export default class DayFirstNumericDateParser extends TimeParser {
  readonly name = 'parser/DayFirstNumericDateParser';

  protected innerPattern(): string {
    return `${NUMERIC_LEFT}(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4})`;
  }

  protected override rightBoundary(): string {
    return NUMERIC_RIGHT;
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const a = Number(m.groups!.a), b = Number(m.groups!.b), year = Number(m.groups!.year);
    const calendar = calendarOfNumericYear(year, ctx.language);
    const end = m.index + m[0].length;
    if (calendar === null) return null;
    if (calendar === 'drop') return this.blocker(m.index, end);
    let day: number, month: number;
    if (calendar === 'solar-hijri' || (a > 12 && b <= 12)) [day, month] = [a, b];
    else if (b > 12 && a <= 12) [day, month] = [b, a];
    else if (ctx.language !== 'en' || m.groups!.sep === '.') [day, month] = [a, b];
    else return null;
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
