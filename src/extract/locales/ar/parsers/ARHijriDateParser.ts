// Hijri lunar dates with a year: recognised so no other parser misreads them, then dropped
// (the pipeline needs Gregorian dates; Saudi and Gulf papers print the Gregorian date beside them).
// EXAMPLE: "22 ربيع الآخر 1447 هـ" → dropped; "رمضان 1446" → dropped
// "رمضان" alone (also a name) is left alone.
import type { Candidate, ParsingContext } from '../../../time/context.ts';
import { TimeParser, type Match } from '../../../time/parser.ts';
import { createDictionary, createWordSet, OPT_SP, SP } from '../../../time/patterns.ts';
import { AR_HIJRI_MONTHS, AR_HIJRI_YEAR_SUFFIXES } from '../constants.ts';

const MONTHS = createDictionary(AR_HIJRI_MONTHS);
const SUFFIXES = createWordSet(AR_HIJRI_YEAR_SUFFIXES);

export default class ARHijriDateParser extends TimeParser {
  readonly name = 'parser/ARHijriDateParser';

  protected override boundaryLanguage(): 'ar' {
    return 'ar';
  }

  protected innerPattern(): string {
    return `(?:\\d{1,2}${SP})?(?:${MONTHS.pattern})${SP}(?<year>1[34]\\d\\d)(?:${OPT_SP}(?:${SUFFIXES.pattern}))?`;
  }

  protected innerExtract(_ctx: ParsingContext, m: Match): Candidate | null {
    return this.blocker(m.index, m.index + m[0].length);
  }
}
