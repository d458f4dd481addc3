// A count of days, weeks, months or years before publication.
// EXAMPLE: "دو روز پیش" (published 2024-11-20) → 2024-11-18
// EXAMPLE: "۳ سال قبل" → the Solar year three before publication's
// Not relative to publication: "دو روز پیش از سفر" (two days before the trip).
import { FA_AGO_TABLE } from '../constants.ts';
import { AgoRule } from '../../../time/rules/AgoRule.ts';

export default class FAAgoParser extends AgoRule {
  readonly name = 'parser/FAAgoParser';

  constructor() {
    super(FA_AGO_TABLE, 'fa');
  }
}
