// Weekday names.
// EXAMPLE: "روز چهارشنبه" (published Wednesday 2024-11-20) → 2024-11-20
// EXAMPLE: "صبح سهشنبه" (published Wednesday 2024-11-20) → 2024-11-19, futureDate 2024-11-26
// EXAMPLE: "امروز چهارشنبه" → the publication day (tagged weekday-mismatch when it is no Wednesday)
// EXAMPLE: "سه شنبه هفته آینده" → Tuesday of next week (weeks start on Saturday)
// Not a date: "امام جمعه" (Friday prayer leader), "نماز جمعه".
import { FA_WEEKDAY_TABLE } from '../constants.ts';
import { WeekdayRule } from '../../../time/rules/WeekdayRule.ts';

export default class FAWeekdayParser extends WeekdayRule {
  readonly name = 'parser/FAWeekdayParser';

  constructor() {
    super(FA_WEEKDAY_TABLE, 'fa');
  }
}
