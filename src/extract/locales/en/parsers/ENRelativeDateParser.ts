// Days, weeks, months and years named relative to publication.
// EXAMPLE: "yesterday" → the day before publication; "last month" → the previous calendar month
// EXAMPLE: "earlier this year" → the publication year; "next week" → next Monday–Sunday, isRange
// Not a unit of the calendar: "over the last week" (a duration).
import { EN_RELATIVE_TABLE } from '../constants.ts';
import { RelativeRule } from '../../../time/rules/RelativeRule.ts';

export default class ENRelativeDateParser extends RelativeRule {
  readonly name = 'parser/ENRelativeDateParser';

  constructor() {
    super(EN_RELATIVE_TABLE, 'en');
  }
}
