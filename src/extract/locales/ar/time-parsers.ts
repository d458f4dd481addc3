// The Arabic time parsers, in priority order (earlier wins a tie between matches of one length).
import type { TimeParser } from '../../time/parser.ts';
import ARAgoParser from './parsers/ARAgoParser.ts';
import ARHijriDateParser from './parsers/ARHijriDateParser.ts';
import ARMonthNameDateParser from './parsers/ARMonthNameDateParser.ts';
import ARRelativeDateParser from './parsers/ARRelativeDateParser.ts';
import ARWeekdayParser from './parsers/ARWeekdayParser.ts';
import ARYearParser from './parsers/ARYearParser.ts';

export function createARTimeParsers(): TimeParser[] {
  return [
    new ARHijriDateParser(),
    new ARMonthNameDateParser(),
    new ARWeekdayParser(),
    new ARAgoParser(),
    new ARRelativeDateParser(),
    new ARYearParser(),
  ];
}
