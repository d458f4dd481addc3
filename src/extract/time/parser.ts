// The parser shape (chrono's AbstractParserWithWordBoundaryChecking): a parser gives an inner
// pattern, the base wraps it in word boundaries once, and `run` hands every match to
// `innerExtract`, which returns a candidate or null ("no date here" is a value, not an error).
import type { Language } from '../types.ts';
import type { Candidate, ParsingContext } from './context.ts';
import type { DateCalendar, DateMentionKind } from './types.ts';
import type { EventDate } from '../types.ts';
import { LEFT_BOUNDARY, LEFT_BOUNDARY_AR, RIGHT_BOUNDARY } from './patterns.ts';

/** A match of a wrapped pattern. Compiled without the `d` flag (indices make matching ~4× slower): spans of groups come from their lengths. */
export type Match = RegExpExecArray;

export abstract class TimeParser {
  /** `parser/<ClassName>`, shown in `DateMention.tags`. */
  abstract readonly name: string;
  #pattern: RegExp | undefined;

  protected abstract innerPattern(): string;
  protected abstract innerExtract(ctx: ParsingContext, m: Match): Candidate | null;

  /** Extra regexp flags, e.g. `i` for English relative words. @default '' */
  protected flags(): string {
    return '';
  }

  /** Language whose boundary rules apply (Arabic lets a glued و precede a word). */
  protected boundaryLanguage(): Language | null {
    return null;
  }

  /** What may not follow a match. @default no letter or digit */
  protected rightBoundary(): string {
    return RIGHT_BOUNDARY;
  }

  /** The wrapped pattern, compiled on first use and kept; no `u` flag (it slows every class down). */
  pattern(): RegExp {
    if (!this.#pattern) {
      const left = this.boundaryLanguage() === 'ar' ? LEFT_BOUNDARY_AR : LEFT_BOUNDARY;
      this.#pattern = new RegExp(`${left}(?:${this.innerPattern()})${this.rightBoundary()}`, `g${this.flags()}`);
    }
    return this.#pattern;
  }

  /** Every candidate of this parser in `ctx.text`. */
  run(ctx: ParsingContext, out: Candidate[]): void {
    const re = this.pattern();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const candidate = this.innerExtract(ctx, m);
      if (candidate) out.push(candidate);
      // A rejected match may hide a shorter good one starting inside it: look again from the
      // next character. Matches are bounded in length, so this stays linear.
      else re.lastIndex = m.index + 1;
    }
  }

  /** A candidate spanning `[start, end)` with this parser's tag. */
  protected candidate(
    start: number,
    end: number,
    fields: {
      date: EventDate;
      futureDate?: EventDate | undefined;
      known: { year: boolean; month: boolean; day: boolean };
      kind: DateMentionKind;
      calendar: DateCalendar;
      isRange?: boolean;
      part?: Candidate['part'];
      weekday?: number;
    },
  ): Candidate {
    const c: Candidate = {
      start,
      end,
      date: fields.date,
      known: fields.known,
      kind: fields.kind,
      tags: [this.name],
      calendar: fields.calendar,
      isRange: fields.isRange ?? false,
    };
    if (fields.futureDate) c.futureDate = fields.futureDate;
    if (fields.part) c.part = fields.part;
    if (fields.weekday !== undefined) c.weekday = fields.weekday;
    return c;
  }

  /** A candidate that only hides its span from other parsers (a Hijri lunar date we do not convert). */
  protected blocker(start: number, end: number): Candidate {
    return {
      start,
      end,
      date: { value: '0000', start: '0000-01-01', end: '0000-12-31', precision: 'YEAR' },
      known: { year: true, month: false, day: false },
      kind: 'ABSOLUTE',
      tags: [this.name],
      calendar: 'hijri-lunar',
      isRange: false,
      drop: true,
    };
  }
}

export function group(m: Match, name: string): string | undefined {
  return m.groups?.[name];
}
