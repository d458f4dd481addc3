// The Persian time parsers, in priority order: when two matches have the same length, the one
// of the earlier parser wins (the month-name parsers before the bare weekday and year ones).
import type { TimeParser } from '../../time/parser.ts';
import FAAgoParser from './parsers/FAAgoParser.ts';
import FAGregorianDateParser from './parsers/FAGregorianDateParser.ts';
import FARelativeDateParser from './parsers/FARelativeDateParser.ts';
import FASolarDateParser from './parsers/FASolarDateParser.ts';
import FAWeekdayParser from './parsers/FAWeekdayParser.ts';
import FAYearParser from './parsers/FAYearParser.ts';

export function createFATimeParsers(): TimeParser[] {
  return [
    new FASolarDateParser(),
    new FAGregorianDateParser(),
    new FAWeekdayParser(),
    new FAAgoParser(),
    new FARelativeDateParser(),
    new FAYearParser(),
  ];
}
