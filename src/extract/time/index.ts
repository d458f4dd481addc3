// Time expressions: every date mention in a (normalized) text, resolved against the publication
// date. Owned by the time module; the pipeline only calls these two functions.
// STUB: the real parsers replace this file's bodies; the signatures are the contract.
import type { EventDate, Language } from '../types.ts';

export interface TimeContext {
  language: Language;
  /** `YYYY-MM-DD`; relative expressions stay unresolved (not returned) when null. */
  publishedAt: string | null;
}

export interface DateMention {
  /** Offsets into the text given (the normalized text, for the pipeline). */
  start: number;
  end: number;
  text: string;
  /** The resolved date. For a bare weekday, the most recent such day on or before publication. */
  date: EventDate;
  /** For a bare weekday or a month without a year: the reading on or after publication, when it differs. */
  futureDate?: EventDate;
  /** Which parts the text states; the others are implied from the publication date (chrono's assign/imply). */
  known: { year: boolean; month: boolean; day: boolean };
  /** ABSOLUTE "23 مهر 1404"; RELATIVE "yesterday", "last February"; WEEKDAY "on Tuesday"; PUBLICATION a dateline. */
  kind: 'ABSOLUTE' | 'RELATIVE' | 'WEEKDAY' | 'PUBLICATION';
  /** Parser names, e.g. `parser/FASolarDateParser`, for debug traces. */
  tags: string[];
}

export interface PublicationDateMention {
  /** `YYYY-MM-DD` (Gregorian). */
  date: string;
  start: number;
  end: number;
  text: string;
}

export function findDateMentions(_text: string, _ctx: TimeContext): DateMention[] {
  return [];
}

/** A dateline or "published" line near the top of the page, e.g. "تاریخ انتشار : چهارشنبه 1404/10/03". */
export function findPublicationDate(_text: string, _language: Language): PublicationDateMention | null {
  return null;
}
