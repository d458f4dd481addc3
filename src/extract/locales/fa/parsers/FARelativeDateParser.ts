// Days, weeks, months and years named relative to publication.
// EXAMPLE: "امروز" → the publication day; "دیروز" → the day before; "روز گذشته" → yesterday
// EXAMPLE: "ماه گذشته" (published 2024-11-20, 30 Aban 1403) → Mehr 1403, value 2024-10
// EXAMPLE: "سال گذشته میلادی" (published 2024-11-20) → 2023
// EXAMPLE: "هفته آینده" → next Saturday–Friday week
// Not a date: "سه ماه گذشته" (the past three months, a duration).
import { FA_RELATIVE_TABLE } from '../constants.ts';
import { RelativeRule } from '../../../time/rules/RelativeRule.ts';

export default class FARelativeDateParser extends RelativeRule {
  readonly name = 'parser/FARelativeDateParser';

  constructor() {
    super(FA_RELATIVE_TABLE, 'fa');
  }
}
