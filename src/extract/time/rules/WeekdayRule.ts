// Rule family: a weekday name, with what may come before ("روز", "امروز", "يوم", "on", "last")
// and after it ("گذشته", "المقبل", "next week").
//
// EXAMPLE: "روز چهارشنبه", published Wednesday 2024-11-20 → 2024-11-20 (the same day counts)
// EXAMPLE: "يوم الخميس", published Friday 2024-11-29 → 2024-11-28, futureDate 2024-12-05
// EXAMPLE: "امروز چهارشنبه", published Wednesday → the publication day; published on a Thursday the
//   weekday wins (the nearest Wednesday) and the mention is tagged `weekday-mismatch`
// EXAMPLE: "last Tuesday" → the Tuesday strictly before publication
import type { Language } from '../../types.ts';
import type { Candidate, ParsingContext } from '../context.ts';
import { dayDate } from '../dates.ts';
import { TimeParser, type Match } from '../parser.ts';
import { createDictionary, createWordSet, OPT_SP, SP, type Dictionary } from '../patterns.ts';
import { nearestWeekday, resolveWeekday, weekStartOf } from '../resolve.ts';
import type { WeekdayTable } from '../tables.ts';

export abstract class WeekdayRule extends TimeParser {
  protected readonly table: WeekdayTable;
  readonly #weekdays: Dictionary<number>;
  readonly #ambiguous: Dictionary<true>;
  readonly #prefixes: Dictionary<WeekdayTable['prefixes'][string]>;
  readonly #suffixes: Dictionary<WeekdayTable['suffixes'][string]>;
  readonly #language: Language;

  constructor(table: WeekdayTable, language: Language) {
    super();
    this.table = table;
    const glue = table.glue;
    this.#weekdays = createDictionary(table.weekdays, { glue });
    this.#ambiguous = createWordSet(table.ambiguous, { glue });
    this.#prefixes = createDictionary(table.prefixes, { glue, caseless: table.caseless });
    this.#suffixes = createDictionary(table.suffixes, { glue, caseless: table.caseless });
    this.#language = language;
  }

  protected override boundaryLanguage(): Language {
    return this.#language;
  }

  protected innerPattern(): string {
    const notAfter = this.table.notAfter ? `(?<!(?:${this.table.notAfter})${OPT_SP})` : '';
    return (
      `(?:(?<prefix>${this.#prefixes.pattern})${SP})?` +
      `${notAfter}(?<weekday>${this.#weekdays.pattern})` +
      `(?:${SP}(?<suffix>${this.#suffixes.pattern}))?`
    );
  }

  protected innerExtract(ctx: ParsingContext, m: Match): Candidate | null {
    const g = m.groups ?? {};
    const weekday = this.#weekdays.get(g.weekday ?? '');
    if (weekday === undefined) return null;
    const prefix = g.prefix === undefined ? undefined : this.#prefixes.get(g.prefix);
    const suffix = g.suffix === undefined ? undefined : this.#suffixes.get(g.suffix);
    if (this.#ambiguous.get(g.weekday ?? '') && g.prefix === undefined && g.suffix === undefined) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    if (ctx.pubDay === null) {
      const c = this.candidate(start, end, { date: dayDate(0), known: { year: false, month: false, day: false }, kind: 'WEEKDAY', calendar: 'gregorian', weekday });
      c.unresolved = true;
      return c;
    }
    const pub = ctx.pubDay;
    const tags: string[] = [];
    let date: number;
    let futureDate: number | undefined;
    let fixed = true;
    if (prefix && 'dayShift' in prefix) {
      const expected = pub + prefix.dayShift;
      date = nearestWeekday(expected, weekday);
      if (date !== expected) tags.push('weekday-mismatch');
    } else if (prefix && 'direction' in prefix) {
      date = resolveWeekday(pub, weekday, prefix.direction).date;
    } else if (suffix && 'direction' in suffix) {
      date = resolveWeekday(pub, weekday, suffix.direction).date;
    } else if (suffix && 'weekShift' in suffix) {
      const ws = this.table.weekStart;
      date = weekStartOf(pub, ws) + 7 * suffix.weekShift + ((weekday - ws + 7) % 7);
    } else {
      const r = resolveWeekday(pub, weekday);
      date = r.date;
      futureDate = r.futureDate;
      fixed = false;
    }
    const c = this.candidate(start, end, {
      date: dayDate(date),
      futureDate: futureDate === undefined ? undefined : dayDate(futureDate),
      known: { year: fixed, month: fixed, day: fixed },
      kind: 'WEEKDAY',
      calendar: 'gregorian',
      weekday,
    });
    c.tags.push(...tags);
    return c;
  }
}
