// Language-neutral parsers, run after the language's own: numeric dates.
import type { TimeParser } from './parser.ts';
import DayFirstNumericDateParser from './parsers/DayFirstNumericDateParser.ts';
import YearFirstNumericDateParser from './parsers/YearFirstNumericDateParser.ts';

export function createCommonTimeParsers(): TimeParser[] {
  return [new YearFirstNumericDateParser(), new DayFirstNumericDateParser()];
}
