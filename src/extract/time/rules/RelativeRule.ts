// Rule family: a day, week, month or year named relative to publication.
//
// EXAMPLE: "دیروز", published 2024-11-20 → 2024-11-19
// EXAMPLE: "الشهر الماضي", published 2024-11-20 → 2024-10
// EXAMPLE: "ماه گذشته", published 2024-11-20 (30 Aban 1403) → Mehr 1403: 2024-09-22 … 2024-10-21, value 2024-10
// EXAMPLE: "next week", published Wednesday 2024-11-20 → Monday 2024-11-25 … Sunday 2024-12-01, DAY, isRange
// EXAMPLE: "late last year" → the previous year, part LATE
import type { Language } from '../../types.ts';
import type { Candidate, ParsingContext } from '../context.ts';
import { TimeParser, type Match } from '../parser.ts';
import { createDictionary, SP, type Dictionary } from '../patterns.ts';
import type { RelativeEntry, RelativeTable } from '../tables.ts';
import type { DatePart } from '../types.ts';
import { knownOf, shiftedUnit } from './shift.ts';

export abstract class RelativeRule extends TimeParser {
  protected readonly table: RelativeTable;
  readonly #phrases: Dictionary<RelativeEntry>;
  readonly #parts: Dictionary<DatePart>;
  readonly #language: Language;

  constructor(table: RelativeTable, language: Language) {
    super();
    this.table = table;
    const options = { glue: table.glue, caseless: table.caseless };
    this.#phrases = createDictionary(table.phrases, options);
    this.#parts = createDictionary(table.parts, options);
    this.#language = language;
  }

  protected override boundaryLanguage(): Language {
    return this.#language;
  }

  protected innerPattern(): string {
    const t = this.table;
    const notBefore = t.notBefore ? `(?<!(?:${t.notBefore})${SP})` : '';
    const notAfter = t.notAfter ? `(?!${SP}(?:${t.notAfter}))` : '';
    return `${notBefore}(?:(?<part>${this.#parts.pattern})(?:${SP}|-))?(?<phrase>${this.#phrases.pattern})${notAfter}`;
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const g = m.groups ?? {};
    const entry = this.#phrases.get(g.phrase ?? '');
    if (!entry) return null;
    const calendar = entry.calendar ?? this.table.calendar;
    const date = shiftedUnit(ctx, entry.unit, entry.shift, calendar, this.table.weekStart);
    if (!date) return null;
    const part = g.part !== undefined && (entry.unit === 'MONTH' || entry.unit === 'YEAR') ? this.#parts.get(g.part) : undefined;
    // The phrase ends the match (notAfter is a lookahead): a part word that does not fit is cut off.
    const end = m.index + m[0].length;
    const start = part || g.part === undefined ? m.index : end - (g.phrase ?? '').length;
    return this.candidate(start, end, {
      date,
      known: knownOf(entry.unit),
      kind: 'RELATIVE',
      calendar: entry.unit === 'MONTH' || entry.unit === 'YEAR' ? calendar : 'gregorian',
      isRange: entry.unit === 'WEEK',
      ...(part ? { part } : {}),
    });
  }
}
