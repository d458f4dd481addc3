// Rule family: a count of units before publication.
//
// EXAMPLE: "دو روز پیش", published 2024-11-20 → 2024-11-18
// EXAMPLE: "قبل يومين" → two days before publication; "قبل عام" → the previous year
// EXAMPLE: "منذ أيام" (some days ago) → nothing: a plural needs a count
// EXAMPLE: "three weeks ago" → the week (Monday–Sunday) holding the day 21 days before publication
// A count glued to another event ("قبل يوم من الانتخابات", a day before the elections) is not
// relative to publication: the table's notAfter keeps it out.
import type { Language } from '../../types.ts';
import type { Candidate, ParsingContext } from '../context.ts';
import { TimeParser, type Match } from '../parser.ts';
import { createDictionary, createWordSet, SP, type Dictionary } from '../patterns.ts';
import type { AgoTable, TimeUnit } from '../tables.ts';
import { knownOf, shiftedUnit } from './shift.ts';

/** Counts above this are not "ago" expressions we resolve ("300 years ago" is history, not news). */
const MAX_COUNT = 100;

export abstract class AgoRule extends TimeParser {
  protected readonly table: AgoTable;
  readonly #numbers: Dictionary<number>;
  readonly #units: Dictionary<{ unit: TimeUnit; count?: number }>;
  readonly #ago: Dictionary<true>;
  readonly #language: Language;

  constructor(table: AgoTable, language: Language) {
    super();
    this.table = table;
    const options = { glue: table.glue, caseless: table.caseless };
    this.#numbers = createDictionary(table.numbers, options);
    this.#units = createDictionary(table.units, options);
    this.#ago = createWordSet(table.agoWords, options);
    this.#language = language;
  }

  protected override boundaryLanguage(): Language {
    return this.#language;
  }

  protected innerPattern(): string {
    const count = `(?:(?<count>\\d{1,3}|${this.#numbers.pattern})${SP})?`;
    const unit = `(?<unit>${this.#units.pattern})`;
    const ago = `(?<ago>${this.#ago.pattern})`;
    const notAfter = this.table.notAfter ? `(?!${SP}(?:${this.table.notAfter}))` : '';
    return this.table.order === 'COUNT_UNIT_AGO' ? `${count}${unit}${SP}${ago}${notAfter}` : `${ago}${SP}${count}${unit}${notAfter}`;
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const g = m.groups ?? {};
    const unit = this.#units.get(g.unit ?? '');
    if (!unit) return null;
    let count: number | undefined;
    if (g.count !== undefined) count = /^\d+$/.test(g.count) ? Number(g.count) : this.#numbers.get(g.count);
    else count = unit.count;
    if (count === undefined || count < 1 || count > MAX_COUNT) return null;
    const date = shiftedUnit(ctx, unit.unit, -count, this.table.calendar, this.table.weekStart);
    if (!date) return null;
    return this.candidate(m.index, m.index + m[0].length, {
      date,
      known: knownOf(unit.unit),
      kind: 'RELATIVE',
      calendar: unit.unit === 'MONTH' || unit.unit === 'YEAR' ? this.table.calendar : 'gregorian',
      isRange: unit.unit === 'WEEK',
    });
  }
}
