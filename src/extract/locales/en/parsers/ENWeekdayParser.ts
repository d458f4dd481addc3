// Weekday names.
// EXAMPLE: "on Tuesday" (published Wednesday 2024-11-20) → 2024-11-19, futureDate 2024-11-26
// EXAMPLE: "last Thursday" → the Thursday strictly before publication; "Tuesday next week" → next ISO week's
import { EN_WEEKDAY_TABLE } from '../constants.ts';
import { WeekdayRule } from '../../../time/rules/WeekdayRule.ts';

export default class ENWeekdayParser extends WeekdayRule {
  readonly name = 'parser/ENWeekdayParser';

  constructor() {
    super(EN_WEEKDAY_TABLE, 'en');
  }
}
