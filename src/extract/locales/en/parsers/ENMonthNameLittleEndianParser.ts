// Day before month.
// EXAMPLE: "20 November 2024" → 2024-11-20; "20th of November" → the nearest 20 November
// EXAMPLE: "in October" (published 2024-07-10) → 2023-10, futureDate 2024-10
// EXAMPLE: "last February" (published 2024-11-20) → 2024-02; "December last year" → 2023-12
// EXAMPLE: "mid-October" → October, part MID; "20-22 November 2024" → a 3-day range
// Not a date: "May" alone ("May God…"), "Oct" alone.
import { EN_MONTH_TABLE } from '../constants.ts';
import { MonthNameRule } from '../../../time/rules/MonthNameRule.ts';

export default class ENMonthNameLittleEndianParser extends MonthNameRule {
  readonly name = 'parser/ENMonthNameLittleEndianParser';

  constructor() {
    super(EN_MONTH_TABLE, 'en');
  }
}
