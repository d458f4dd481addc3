// Years alone, after "سال" or with their era.
// EXAMPLE: "در سال ۱۹۴۴" → 1944
// EXAMPLE: "سال ۱۴۰۴" → Solar 1404 (2025-03-21 … 2026-03-20), value 2025
// EXAMPLE: "۱۴۴۷ ه.ق" → a lunar Hijri year: recognised and dropped
// Not a year: "۸۰ سال" (80 years).
import { FA_YEAR_TABLE } from '../constants.ts';
import { YearRule } from '../../../time/rules/YearRule.ts';

export default class FAYearParser extends YearRule {
  readonly name = 'parser/FAYearParser';

  constructor() {
    super(FA_YEAR_TABLE, 'fa');
  }
}
