// Rule family: a month name, alone or with a day, a year, a part or a qualifier, day first
// (Persian, Arabic, British English). The locale parsers bind it to their tables.
//
// EXAMPLE: "30 آبان 1403" → 2024-11-20 (Solar Hijri, DAY)
// EXAMPLE: "در ماه فوریه گذشته", published 2024-11-20 → 2024-02 (MONTH, RELATIVE)
// EXAMPLE: "تشرين الأول/أكتوبر 2025" → 2025-10 (both names must agree)
// EXAMPLE: "اواخر مهر" → Mehr of the nearest year, part LATE
// EXAMPLE: "20-22 November 2024" → 2024-11-20 … 2024-11-22, DAY precision, isRange
import type { Language } from '../../types.ts';
import type { Candidate, ParsingContext } from '../context.ts';
import { TimeParser, type Match } from '../parser.ts';
import { createDictionary, createWordSet, OPT_SP, SP, type Dictionary } from '../patterns.ts';
import { isYearInRange, resolveCalendarDate, type CalendarDateSpec } from '../resolve.ts';
import type { MonthEntry, MonthNameTable, Qualifier } from '../tables.ts';
import type { DateCalendar, DatePart } from '../types.ts';

export interface MonthNameDictionaries {
  months: Dictionary<MonthEntry>;
  prepositions: Dictionary<true>;
  monthWords: Dictionary<true>;
  parts: Dictionary<DatePart>;
  before: Dictionary<Qualifier>;
  after: Dictionary<Qualifier>;
  yearPrefixes: Dictionary<true>;
  yearSuffixes: Dictionary<DateCalendar>;
  dayJoiners: Dictionary<true>;
  rangeSeparators: Dictionary<true>;
  dayWords: Dictionary<number>;
}

export function createMonthNameDictionaries(table: MonthNameTable): MonthNameDictionaries {
  const glue = table.glue;
  const fn = { glue, caseless: table.caseless };
  return {
    months: createDictionary(table.months, { glue }),
    prepositions: createWordSet(table.prepositions, fn),
    monthWords: createWordSet(table.monthWords, fn),
    parts: createDictionary(table.parts, fn),
    before: createDictionary(table.beforeQualifiers, fn),
    after: createDictionary(table.afterQualifiers, fn),
    yearPrefixes: createWordSet(table.yearPrefixes, fn),
    yearSuffixes: createDictionary(table.yearSuffixes, fn),
    dayJoiners: createWordSet(table.dayJoiners, fn),
    rangeSeparators: createWordSet(table.rangeSeparators, fn),
    dayWords: createDictionary(table.dayWords, fn),
  };
}

/**
 * What follows the month: a month word, a second name of the month, a year or a qualifier.
 * The pattern before it must be wrapped, from its first character through this month word, in
 * the group `core`: the match is cut back to `core` (or `core` + `altAll`) when the year or the
 * second name does not fit, without the costly `d` flag.
 */
export function monthTailPattern(d: MonthNameDictionaries): string {
  return (
    `(?<altAll>${OPT_SP}[/(]${OPT_SP}(?<alt>${d.months.pattern})(?:${OPT_SP}\\))?)?` +
    `(?:(?:${OPT_SP}[,،])?${OPT_SP}(?:(?<yearPrefix>${d.yearPrefixes.pattern})${SP})?(?<year>\\d{4})(?:${OPT_SP}(?<yearSuffix>${d.yearSuffixes.pattern}))?` +
    `|${SP}(?<after>${d.after.pattern}))?`
  );
}

export function dayPattern(d: MonthNameDictionaries, table: MonthNameTable): string {
  return (
    `(?<day>\\d{1,2}|${d.dayWords.pattern})${table.daySuffix}` +
    `(?:${OPT_SP}(?<sep>${d.rangeSeparators.pattern})${OPT_SP}(?<dayEnd>\\d{1,2})${table.daySuffix})?`
  );
}

export abstract class MonthNameRule extends TimeParser {
  protected readonly table: MonthNameTable;
  protected readonly dict: MonthNameDictionaries;
  /** `(?<dot>\\.)?` after a month when the table has abbreviations ("Oct."), else nothing. */
  protected readonly dotPattern: string;
  readonly #language: Language;

  constructor(table: MonthNameTable, language: Language) {
    super();
    this.table = table;
    this.dict = createMonthNameDictionaries(table);
    this.dotPattern = Object.values(table.months).some((e) => e.abbreviation) ? '(?<dot>\\.)?' : '';
    this.#language = language;
  }

  protected override boundaryLanguage(): Language {
    return this.#language;
  }

  protected innerPattern(): string {
    const d = this.dict;
    return (
      `(?<core>(?:(?<prep>${d.prepositions.pattern})${SP})?` +
      `(?:(?<part>${d.parts.pattern})(?:${SP}|-))?` +
      `(?:(?<before>${d.before.pattern})${SP})?` +
      `(?:${dayPattern(d, this.table)}${OPT_SP}(?:(?<joiner>${d.dayJoiners.pattern})${SP})?)?` +
      `(?:(?<mwBefore>${d.monthWords.pattern})${SP})?` +
      `(?<month>${d.months.pattern})${this.dotPattern}` +
      `(?:${OPT_SP}(?<mwAfter>${d.monthWords.pattern}))?)` +
      monthTailPattern(d)
    );
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const d = this.dict;
    const g = m.groups ?? {};
    const entry = d.months.get(g.month ?? '');
    if (!entry) return null;
    const start = m.index;
    let end = m.index + m[0].length;
    // Where the match ends without its year or qualifier, and without a second month name.
    let monthEnd = start + (g.core ?? '').length;
    // "في ديسمبر." ends a sentence: the dot is the month's only for an abbreviation ("Dec.").
    if (g.dot !== undefined && !entry.abbreviation && end === monthEnd && g.mwAfter === undefined) end = monthEnd = monthEnd - 1;
    const coreEnd = monthEnd + (g.altAll ?? '').length;

    let year: number | undefined;
    let qualifier: Qualifier | undefined;
    if (g.alt !== undefined) {
      const alt = d.months.get(g.alt);
      if (!alt || alt.month !== entry.month || alt.calendar !== entry.calendar) end = monthEnd;
    }
    if (end > monthEnd && end > coreEnd && g.year !== undefined) {
      const y = Number(g.year);
      const suffix = g.yearSuffix === undefined ? undefined : d.yearSuffixes.get(g.yearSuffix);
      if ((suffix !== undefined && suffix !== entry.calendar) || !isYearInRange(entry.calendar, y)) end = coreEnd;
      else year = y;
    } else if (end > monthEnd && end > coreEnd && g.after !== undefined) {
      qualifier = d.after.get(g.after);
      if (!qualifier) end = coreEnd;
    }
    if (g.before !== undefined) qualifier ??= d.before.get(g.before);

    let day: number | undefined;
    let dayEnd: number | undefined;
    if (g.day !== undefined) {
      day = /^\d+$/.test(g.day) ? Number(g.day) : d.dayWords.get(g.day);
      if (day === undefined || day < 1 || day > 31) return null;
      if (g.dayEnd !== undefined) {
        dayEnd = Number(g.dayEnd);
        if (dayEnd <= day || dayEnd > 31) return null;
      }
    }
    const part = g.part !== undefined && day === undefined ? d.parts.get(g.part) : undefined;

    // A month name alone needs something that makes it a date (see MonthEntry.ambiguity).
    const hasYear = year !== undefined;
    const hasMonthWord = g.mwBefore !== undefined || g.mwAfter !== undefined;
    const strong = hasYear || hasMonthWord || qualifier !== undefined || part !== undefined;
    if (entry.abbreviation && day === undefined && !hasYear) return null;
    if (entry.ambiguity === 'STRONG' && !strong) return null;
    if (entry.ambiguity === 'WEAK' && !(strong || day !== undefined)) return null;
    if (!(strong || day !== undefined || g.prep !== undefined)) return null;

    const spec: CalendarDateSpec = { calendar: entry.calendar, month: entry.month };
    if (day !== undefined) spec.day = day;
    if (dayEnd !== undefined) spec.dayEnd = dayEnd;
    if (year !== undefined) spec.year = year;
    else if (qualifier && 'yearShift' in qualifier) spec.yearShift = qualifier.yearShift;
    else if (qualifier && 'direction' in qualifier) spec.direction = qualifier.direction;
    const resolved = resolveCalendarDate(ctx, spec);
    if (!resolved) return null;
    return this.candidate(start, end, {
      date: resolved.date,
      futureDate: resolved.futureDate,
      known: { year: resolved.knownYear, month: true, day: day !== undefined },
      kind: resolved.relative ? 'RELATIVE' : 'ABSOLUTE',
      calendar: entry.calendar,
      isRange: dayEnd !== undefined,
      ...(part ? { part } : {}),
    });
  }
}
