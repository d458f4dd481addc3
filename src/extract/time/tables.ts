// Shapes of the per-locale vocabularies the rule families read (duckling's tables of instants):
// one rule class per family in `rules/`, one table per locale in `locales/<lang>/constants.ts`.
import type { DateCalendar, DatePart } from './types.ts';
import type { Direction, MonthCalendar } from './resolve.ts';

export interface MonthEntry {
  calendar: MonthCalendar;
  /** 1–12 in its calendar. */
  month: number;
  /**
   * WEAK: also a common word ("مهر" seal, "آب" father as "اب"): needs a day, a year, a month word,
   * a part or a qualifier, a preposition alone is not enough. STRONG: "می"/"مه" in Persian (a verb
   * prefix, fog): needs a year, a month word or a qualifier; a day alone is not enough.
   */
  ambiguity?: 'WEAK' | 'STRONG';
  /** "Oct", "Sept": only with a day or a year next to it. */
  abbreviation?: boolean;
}

/** A year fixed relative to publication (`yearShift`) or a direction from it. */
export type Qualifier = { yearShift: number } | { direction: Direction };

export interface MonthNameTable {
  months: Readonly<Record<string, MonthEntry>>;
  /** Words that may introduce a month alone: "در", "في", "in". */
  prepositions: readonly string[];
  /** "ماه", "شهر": before ("ماه مهر") or, in Persian, after the month ("مهر ماه", "مهرماه"). */
  monthWords: readonly string[];
  /** "اواخر", "منتصف", "early". */
  parts: Readonly<Record<string, DatePart>>;
  /** Before the month: "last", "next". */
  beforeQualifiers: Readonly<Record<string, Qualifier>>;
  /** After the month: "گذشته", "سال گذشته", "الماضي", "من العام الماضي", "last year". */
  afterQualifiers: Readonly<Record<string, Qualifier>>;
  /** Between month and year: "سال", "من عام". */
  yearPrefixes: readonly string[];
  /** After the year, naming its calendar: "میلادی", "ه ش", "م", "هـ". */
  yearSuffixes: Readonly<Record<string, DateCalendar>>;
  /** Between day and month: "of", "من". */
  dayJoiners: readonly string[];
  /** Between the days of a range: "-", "تا", "to". */
  rangeSeparators: readonly string[];
  /** Day numbers written as words: "اول" → 1. */
  dayWords: Readonly<Record<string, number>>;
  /** Regexp fragment after a day number: "(?:st|nd|rd|th)?". */
  daySuffix: string;
  /** Words of multi-word entries may be glued (a lost ZWNJ). */
  glue: boolean;
  /** Function words (prepositions, qualifiers) match in any letter case; month names never do. */
  caseless: boolean;
}

export interface WeekdayTable {
  /** Weekday names, Sunday = 0 … Saturday = 6. */
  weekdays: Readonly<Record<string, number>>;
  /** Names that are also common words ("الاحد" the one, "الاثنين" the two): only with a prefix or suffix. */
  ambiguous: readonly string[];
  /**
   * Before the name: plain words ("روز", "on") map to null, "امروز" / "yesterday" to their day shift,
   * "last" / "next" to a direction.
   */
  prefixes: Readonly<Record<string, { dayShift: number } | { direction: Direction } | null>>;
  /** After the name: a direction ("گذشته", "الماضي") or a week shift ("هفته آینده" +1). */
  suffixes: Readonly<Record<string, { direction: Direction } | { weekShift: number } | null>>;
  /** Regexp fragment of words that make a following name not a date ("امام جمعه", "صلاه الجمعه"). */
  notAfter: string;
  /** First day of the week (Sunday = 0), for "next week's Tuesday". */
  weekStart: number;
  glue: boolean;
  caseless: boolean;
}

export const TIME_UNITS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface RelativeEntry {
  unit: TimeUnit;
  /** 0 this, -1 last, +1 next; for DAY, days from publication. */
  shift: number;
  /** Calendar of the month or year meant; the table's default when absent. */
  calendar?: MonthCalendar;
}

export interface RelativeTable {
  phrases: Readonly<Record<string, RelativeEntry>>;
  /** "اواخر سال گذشته", "late last year". */
  parts: Readonly<Record<string, DatePart>>;
  /** Regexp fragment that must not come right before a phrase: a count makes "سه ماه گذشته" a duration. */
  notBefore: string;
  /** Regexp fragment that must not follow a phrase: "اليوم التالي" is not today. */
  notAfter: string;
  /** Calendar of "last month", "this year" in this language. */
  calendar: MonthCalendar;
  weekStart: number;
  glue: boolean;
  caseless: boolean;
}

export interface AgoTable {
  /** Count words: "دو" 2, "two" 2, "a" 1. */
  numbers: Readonly<Record<string, number>>;
  /** Unit words; a singular ("قبل عام") or a dual ("يومين") carries its count, a plural needs one. */
  units: Readonly<Record<string, { unit: TimeUnit; count?: number }>>;
  /** "پیش", "قبل", "ago". */
  agoWords: readonly string[];
  /** "دو روز پیش" / "two days ago" (count, unit, ago) or "قبل يومين" (ago, count, unit). */
  order: 'COUNT_UNIT_AGO' | 'AGO_COUNT_UNIT';
  /** Regexp fragment that must not follow: "دو روز پیش از سفر" counts from the trip, not from publication. */
  notAfter: string;
  calendar: MonthCalendar;
  weekStart: number;
  glue: boolean;
  caseless: boolean;
}

export interface YearTable {
  /** Words a year alone needs before it: "سال", "عام", "in". */
  prefixes: readonly string[];
  /** "اوایل", "مطلع", "early". */
  parts: Readonly<Record<string, DatePart>>;
  /** After the year, naming its calendar; a suffix alone also makes a year ("2011م"). */
  suffixes: Readonly<Record<string, DateCalendar>>;
  /** Calendar of a bare 13xx/14xx year in this language: Solar in Persian, lunar Hijri (ignored) in Arabic. */
  hijriEraYears: 'solar-hijri' | 'hijri-lunar' | null;
  /** Regexp fragment that must not follow the year ("in 2000 homes"). */
  notAfter: string;
  glue: boolean;
  caseless: boolean;
}
