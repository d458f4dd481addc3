// The English time parsers, in priority order (earlier wins a tie between matches of one length).
import type { TimeParser } from '../../time/parser.ts';
import ENAgoParser from './parsers/ENAgoParser.ts';
import ENMonthNameLittleEndianParser from './parsers/ENMonthNameLittleEndianParser.ts';
import ENMonthNameMiddleEndianParser from './parsers/ENMonthNameMiddleEndianParser.ts';
import ENRelativeDateParser from './parsers/ENRelativeDateParser.ts';
import ENWeekdayParser from './parsers/ENWeekdayParser.ts';
import ENYearParser from './parsers/ENYearParser.ts';

export function createENTimeParsers(): TimeParser[] {
  return [
    new ENMonthNameMiddleEndianParser(),
    new ENMonthNameLittleEndianParser(),
    new ENWeekdayParser(),
    new ENAgoParser(),
    new ENRelativeDateParser(),
    new ENYearParser(),
  ];
}
