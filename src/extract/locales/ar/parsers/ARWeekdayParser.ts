// Weekday names.
// EXAMPLE: "يوم الخميس" (published Thursday 2024-11-21) → 2024-11-21
// EXAMPLE: "الأربعاء المقبل" → the first Wednesday after publication
// EXAMPLE: "اليوم الخميس" → the publication day (tagged weekday-mismatch when it is no Thursday)
// Not a date: "الأحد" alone (also "the one"), "صلاة الجمعة" (Friday prayer).
import { AR_WEEKDAY_TABLE } from '../constants.ts';
import { WeekdayRule } from '../../../time/rules/WeekdayRule.ts';

export default class ARWeekdayParser extends WeekdayRule {
  readonly name = 'parser/ARWeekdayParser';

  constructor() {
    super(AR_WEEKDAY_TABLE, 'ar');
  }
}
