// Month before day, as American and wire copy write it.
// EXAMPLE: "November 20, 2024" → 2024-11-20; "Nov. 20" → the nearest 20 November
// EXAMPLE: "MOSCOW, Nov 20 (Reuters)" → 20 November of the nearest year (a dateline needs a year)
import { EN_MONTH_TABLE } from '../constants.ts';
import { MonthFirstRule } from '../../../time/rules/MonthFirstRule.ts';

export default class ENMonthNameMiddleEndianParser extends MonthFirstRule {
  readonly name = 'parser/ENMonthNameMiddleEndianParser';

  constructor() {
    super(EN_MONTH_TABLE, 'en');
  }
}
