// Rule family: month name first, then the day (American and wire-copy English).
//
// EXAMPLE: "November 20, 2024" → 2024-11-20
// EXAMPLE: "Nov. 20" → Nov 20 of the nearest year (most recent on or before publication; futureDate the next)
// EXAMPLE: "November 20-22" → 20 … 22 November of the nearest year, isRange
import { OPT_SP, SP } from '../patterns.ts';
import { MonthNameRule } from './MonthNameRule.ts';

export abstract class MonthFirstRule extends MonthNameRule {
  protected override innerPattern(): string {
    const d = this.dict;
    const t = this.table;
    return (
      `(?<core>(?:(?<prep>${d.prepositions.pattern})${SP})?` +
      `(?:(?<before>${d.before.pattern})${SP})?` +
      `(?<month>${d.months.pattern})${this.dotPattern}${SP}` +
      `(?<day>\\d{1,2})${t.daySuffix}` +
      `(?:${OPT_SP}(?<sep>${d.rangeSeparators.pattern})${OPT_SP}(?<dayEnd>\\d{1,2})${t.daySuffix})?` +
      `)(?:${OPT_SP},?${OPT_SP}(?<year>\\d{4}))?`
    );
  }
}
