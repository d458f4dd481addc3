// Rule family: a year alone, introduced by a word ("سال", "عام", "in") or followed by its era
// ("میلادی", "م", "ه ش"). A bare number is never a year: "۸۰ سال" (80 years) is a duration and
// "شناسه خبر : 264802" an id.
//
// EXAMPLE: "در سال ۱۹۴۴" → 1944 (YEAR)
// EXAMPLE: "سال 1404" → Solar 1404: 2025-03-21 … 2026-03-20, value 2025
// EXAMPLE: "عام 2011" → 2011; "2011م" → 2011; "1447 هـ" → a lunar Hijri year, recognised and dropped
// EXAMPLE: "in early 2019" → 2019, part EARLY
import type { Language } from '../../types.ts';
import type { Candidate, ParsingContext } from '../context.ts';
import { TimeParser, type Match } from '../parser.ts';
import { createDictionary, createWordSet, OPT_SP, SP, type Dictionary } from '../patterns.ts';
import { isYearInRange, yearDate, type MonthCalendar } from '../resolve.ts';
import type { YearTable } from '../tables.ts';
import type { DateCalendar, DatePart } from '../types.ts';

/** Gregorian years a year alone may take: wider than this, "in 1500" is more often a count. */
const GREGORIAN_YEARS = [1800, 2199] as const;

export abstract class YearRule extends TimeParser {
  protected readonly table: YearTable;
  readonly #prefixes: Dictionary<true>;
  readonly #parts: Dictionary<DatePart>;
  readonly #suffixes: Dictionary<DateCalendar>;
  readonly #language: Language;

  constructor(table: YearTable, language: Language) {
    super();
    this.table = table;
    const options = { glue: table.glue, caseless: table.caseless };
    this.#prefixes = createWordSet(table.prefixes, options);
    this.#parts = createDictionary(table.parts, options);
    this.#suffixes = createDictionary(table.suffixes, options);
    this.#language = language;
  }

  protected override boundaryLanguage(): Language {
    return this.#language;
  }

  protected innerPattern(): string {
    const notAfter = this.table.notAfter ? `(?!${SP}(?:${this.table.notAfter}))` : '';
    return (
      `(?:(?<prefix>${this.#prefixes.pattern})${SP})?` +
      // A second prefix only after a part: "اوایل سال 2019", "early in 2019".
      `(?:(?<part>${this.#parts.pattern})(?:${SP}|-)(?:(?<prefix2>${this.#prefixes.pattern})${SP})?)?` +
      `(?<year>\\d{4})(?:${OPT_SP}(?<suffix>${this.#suffixes.pattern}))?${notAfter}`
    );
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const g = m.groups ?? {};
    const year = Number(g.year);
    const suffix = g.suffix === undefined ? undefined : this.#suffixes.get(g.suffix);
    if (g.prefix === undefined && g.prefix2 === undefined && g.part === undefined && suffix === undefined) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    let calendar: MonthCalendar;
    if (suffix === 'hijri-lunar') return this.blocker(start, end);
    if (suffix) calendar = suffix;
    else if (year >= 1300 && year <= 1499) {
      if (this.table.hijriEraYears === 'hijri-lunar') return this.blocker(start, end);
      if (this.table.hijriEraYears === null) return null;
      calendar = this.table.hijriEraYears;
    } else calendar = 'gregorian';
    if (calendar === 'gregorian' && (year < GREGORIAN_YEARS[0] || year > GREGORIAN_YEARS[1])) return null;
    if (!isYearInRange(calendar, year)) return null;
    const date = yearDate(calendar, year);
    if (!date) return null;
    const part = g.part === undefined ? undefined : this.#parts.get(g.part);
    return this.candidate(start, end, {
      date,
      known: { year: true, month: false, day: false },
      kind: 'ABSOLUTE',
      calendar,
      ...(part ? { part } : {}),
    });
  }
}
