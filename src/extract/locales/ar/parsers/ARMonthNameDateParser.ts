// Gregorian month names in Arabic, Levantine and Egyptian, alone or paired.
// EXAMPLE: "20 نوفمبر" (published 2024-07-10) → 2023-11-20, futureDate 2024-11-20
// EXAMPLE: "في أكتوبر" (published 2024-07-10) → 2023-10, futureDate 2024-10
// EXAMPLE: "تشرين الأول/أكتوبر 2025" → 2025-10
// EXAMPLE: "في ديسمبر من العام الماضي" (published 2024-07-10) → 2023-12
// EXAMPLE: "أواخر أيار الماضي" → the last May before publication, part LATE
// Not a date: "حرب أكتوبر" (no preposition, day or year), "في آب" ("اب" is also father).
import { AR_MONTH_TABLE } from '../constants.ts';
import { MonthNameRule } from '../../../time/rules/MonthNameRule.ts';

export default class ARMonthNameDateParser extends MonthNameRule {
  readonly name = 'parser/ARMonthNameDateParser';

  constructor() {
    super(AR_MONTH_TABLE, 'ar');
  }
}
