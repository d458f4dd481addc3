// A count of units before publication.
// EXAMPLE: "two days ago" → two days before publication; "a year ago" → the previous year
import { EN_AGO_TABLE } from '../constants.ts';
import { AgoRule } from '../../../time/rules/AgoRule.ts';

export default class ENAgoParser extends AgoRule {
  readonly name = 'parser/ENAgoParser';

  constructor() {
    super(EN_AGO_TABLE, 'en');
  }
}
