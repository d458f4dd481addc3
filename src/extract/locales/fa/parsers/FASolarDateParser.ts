// Solar Hijri month names, with or without a day and a year.
// EXAMPLE: "30 آبان 1403" → 2024-11-20
// EXAMPLE: "۲۰ آبان" (published 2024-11-20) → 2024-11-10
// EXAMPLE: "مهر ماه سال جاری" (published 2024-11-20) → Mehr 1403: 2024-09-22 … 2024-10-21, value 2024-10
// EXAMPLE: "اواخر مهر" → Mehr of the nearest year, part LATE
// EXAMPLE: "در مهر ماه" → Mehr; "در مهر" alone is not a date (مهر is also "seal", "kindness")
import { FA_MONTH_CONTEXT, FA_SOLAR_MONTHS } from '../constants.ts';
import { MonthNameRule } from '../../../time/rules/MonthNameRule.ts';

export default class FASolarDateParser extends MonthNameRule {
  readonly name = 'parser/FASolarDateParser';

  constructor() {
    super({ ...FA_MONTH_CONTEXT, months: FA_SOLAR_MONTHS }, 'fa');
  }
}
