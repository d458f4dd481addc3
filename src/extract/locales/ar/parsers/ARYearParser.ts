// Years alone, after "عام" / "منذ" or with their era.
// EXAMPLE: "عام 2011" → 2011; "منذ 2011" → 2011; "2011م" → 2011
// EXAMPLE: "1447 هـ" → a lunar Hijri year: recognised and dropped
import { AR_YEAR_TABLE } from '../constants.ts';
import { YearRule } from '../../../time/rules/YearRule.ts';

export default class ARYearParser extends YearRule {
  readonly name = 'parser/ARYearParser';

  constructor() {
    super(AR_YEAR_TABLE, 'ar');
  }
}
