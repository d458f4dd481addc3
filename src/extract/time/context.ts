// The state one run of the parsers shares: the text, its language and the publication date
// in the forms the resolvers need (day number, Gregorian and Solar Hijri parts).
import type { Language } from '../types.ts';
import { LANGUAGES } from '../types.ts';
import { dayNumberToSolar, fromDayNumber, isoToDayNumber, type YMD } from '../calendar/index.ts';
import type { DateCalendar, DateMention, TimeContext } from './types.ts';

/** What a parser returns: a mention without its text, plus what the refiners need. */
export interface Candidate extends Omit<DateMention, 'text'> {
  /** Recognised only to keep other parsers off it (a Hijri lunar date): removed after overlaps are settled. */
  drop?: boolean;
  /** A weekday without a publication date to resolve it: kept only when it joins a full date ("چهارشنبه 1403/08/30"). */
  unresolved?: boolean;
  /** For WEEKDAY mentions: Sunday = 0 … Saturday = 6. */
  weekday?: number;
  /** Index of the parser in its list: breaks ties between matches of the same length. */
  priority?: number;
}

export class ParsingContext {
  readonly text: string;
  readonly language: Language;
  readonly publishedAt: string | null;
  /** Day number of the publication date, or null. */
  readonly pubDay: number | null;
  readonly pubGregorian: YMD | null;
  /** Null also when the publication date lies outside the Solar Hijri range we convert. */
  readonly pubSolar: YMD | null;

  constructor(text: string, ctx: TimeContext) {
    if (typeof text !== 'string') throw new TypeError(`Expected text to be a string, got ${typeof text}`);
    if (!ctx || !(LANGUAGES as readonly string[]).includes(ctx.language)) {
      throw new TypeError(`Expected ctx.language to be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(ctx?.language)}`);
    }
    this.text = text;
    this.language = ctx.language;
    this.publishedAt = ctx.publishedAt ?? null;
    this.pubDay = this.publishedAt === null ? null : isoToDayNumber(this.publishedAt);
    this.pubGregorian = this.pubDay === null ? null : fromDayNumber(this.pubDay);
    let solar: YMD | null = null;
    if (this.pubDay !== null) {
      try {
        solar = dayNumberToSolar(this.pubDay);
      } catch {
        solar = null;
      }
    }
    this.pubSolar = solar;
  }

  /** The publication year in `calendar`, or null when unknown. */
  pubYear(calendar: DateCalendar): number | null {
    if (calendar === 'gregorian') return this.pubGregorian?.year ?? null;
    if (calendar === 'solar-hijri') return this.pubSolar?.year ?? null;
    return null;
  }
}
