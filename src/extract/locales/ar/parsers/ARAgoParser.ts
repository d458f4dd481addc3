// A count of units before publication, the count after "قبل" / "منذ".
// EXAMPLE: "قبل يومين" (published 2024-11-20) → 2024-11-18
// EXAMPLE: "قبل ثلاثة أيام" → three days before publication; "منذ عامين" → the year two before
// Not publication-relative: "قبل يوم من الانتخابات", "منذ عام 2011" (a year, see ARYearParser).
import { AR_AGO_TABLE } from '../constants.ts';
import { AgoRule } from '../../../time/rules/AgoRule.ts';

export default class ARAgoParser extends AgoRule {
  readonly name = 'parser/ARAgoParser';

  constructor() {
    super(AR_AGO_TABLE, 'ar');
  }
}
