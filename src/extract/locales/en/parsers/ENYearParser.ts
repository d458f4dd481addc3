// Years alone, after a preposition.
// EXAMPLE: "in 2019" → 2019; "since early 2011" → 2011, part EARLY
// Not a year: "2019" alone, "in 2000 homes".
import { EN_YEAR_TABLE } from '../constants.ts';
import { YearRule } from '../../../time/rules/YearRule.ts';

export default class ENYearParser extends YearRule {
  readonly name = 'parser/ENYearParser';

  constructor() {
    super(EN_YEAR_TABLE, 'en');
  }
}
