// Types of the time module. `index.ts` re-exports the public ones (the contract the pipeline codes against).
import type { EventDate, Language } from '../types.ts';

export interface TimeContext {
  language: Language;
  /** `YYYY-MM-DD`; relative expressions stay unresolved (not returned) when null. */
  publishedAt: string | null;
}

/** The calendar the text wrote the date in. */
export const DATE_CALENDARS = ['gregorian', 'solar-hijri', 'hijri-lunar'] as const;
export type DateCalendar = (typeof DATE_CALENDARS)[number];

/** "اواخر مهر", "early October", "منتصف أكتوبر": which part of a month or year the text names. */
export const DATE_PARTS = ['EARLY', 'MID', 'LATE'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export const DATE_MENTION_KINDS = ['ABSOLUTE', 'RELATIVE', 'WEEKDAY', 'PUBLICATION'] as const;
export type DateMentionKind = (typeof DATE_MENTION_KINDS)[number];

export interface DateMention {
  /** Offsets into the text given (the normalized text, for the pipeline). */
  start: number;
  end: number;
  text: string;
  /** The resolved date. For a bare weekday, the most recent such day on or before publication. */
  date: EventDate;
  /** For a bare weekday or a month without a year: the reading on or after publication, when it differs. */
  futureDate?: EventDate;
  /**
   * Which parts the text states; the others are implied from the publication date (chrono's assign/imply).
   * A part fixed relative to publication ("last year", "yesterday") counts as stated.
   */
  known: { year: boolean; month: boolean; day: boolean };
  /** ABSOLUTE "30 آبان 1403"; RELATIVE "yesterday", "last February"; WEEKDAY "on Tuesday"; PUBLICATION a dateline. */
  kind: DateMentionKind;
  /** Parser names, e.g. `parser/FASolarDateParser`, for debug traces. */
  tags: string[];
  /** Added: the calendar the text used ("30 آبان" is `solar-hijri` though `date` is Gregorian). */
  calendar: DateCalendar;
  /**
   * Added: true when `date` is a span of several days at DAY precision — a week ("next week",
   * Monday–Sunday in English, Saturday–Friday in Persian and Arabic) or a day range ("15-17 October");
   * `date.value` is then the first day.
   */
  isRange: boolean;
  /** Added: the part of the month or year named ("اواخر مهر" → LATE); `date` keeps the whole month's bounds. */
  part?: DatePart;
}

export interface PublicationDateMention {
  /** `YYYY-MM-DD` (Gregorian). */
  date: string;
  start: number;
  end: number;
  text: string;
}
