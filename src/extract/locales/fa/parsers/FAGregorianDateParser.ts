// Gregorian month names written in Persian.
// EXAMPLE: "۱۰ نوامبر گذشته" (published 2024-11-20) → 2024-11-10
// EXAMPLE: "در ماه فوریه گذشته" (published 2024-11-20) → 2024-02
// EXAMPLE: "دسامبر سال گذشته" (published 2024-07-10) → 2023-12
// EXAMPLE: "۲۰ نوامبر ۲۰۲۴" → 2024-11-20; "۱۵ می ۲۰۲۵" → 2025-05-15 but "۱۵ می رسد" is no date
import { FA_GREGORIAN_MONTHS, FA_MONTH_CONTEXT } from '../constants.ts';
import { MonthNameRule } from '../../../time/rules/MonthNameRule.ts';

export default class FAGregorianDateParser extends MonthNameRule {
  readonly name = 'parser/FAGregorianDateParser';

  constructor() {
    super({ ...FA_MONTH_CONTEXT, months: FA_GREGORIAN_MONTHS }, 'fa');
  }
}
