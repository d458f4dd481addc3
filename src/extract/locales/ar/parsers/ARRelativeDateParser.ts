// Days, weeks, months and years named relative to publication.
// EXAMPLE: "أمس" / "وأمس" → the day before publication; "غداً" → the day after
// EXAMPLE: "الشهر الماضي" (published 2024-11-20) → 2024-10
// EXAMPLE: "أواخر العام الماضي" → the previous year, part LATE
// Not publication-relative: "اليوم التالي" (the next day), "في ذلك اليوم" (on that day).
import { AR_RELATIVE_TABLE } from '../constants.ts';
import { RelativeRule } from '../../../time/rules/RelativeRule.ts';

export default class ARRelativeDateParser extends RelativeRule {
  readonly name = 'parser/ARRelativeDateParser';

  constructor() {
    super(AR_RELATIVE_TABLE, 'ar');
  }
}
