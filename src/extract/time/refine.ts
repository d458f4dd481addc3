// Refiners, run in this order after every parser: overlaps first (the longest match wins,
// then the earlier parser, then the earlier start), then merging a weekday with the date
// next to it ("چهارشنبه 1403/08/30", "Wednesday, November 20, 2024"), which only makes sense
// once each span has a single reading.
import { isoToDayNumber, weekdayOfDayNumber } from '../calendar/index.ts';
import type { Candidate } from './context.ts';

/** Keeps the longest of overlapping candidates; returns them sorted by start. Linear in the spans' total length. */
export function removeOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const order = candidates
    .map((c, i) => i)
    .sort((i, j) => {
      const a = candidates[i]!, b = candidates[j]!;
      return b.end - b.start - (a.end - a.start) || (a.priority ?? 0) - (b.priority ?? 0) || a.start - b.start;
    });
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  outer: for (const i of order) {
    const c = candidates[i]!;
    for (let k = c.start; k < c.end; k++) if (taken[k]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** What may stand between a weekday and its date: spaces, a comma, a dash, an opening parenthesis. */
const JOINER = /^[\s,،\-–(]{0,4}$/;

function isDayDate(c: Candidate): boolean {
  return !c.drop && (c.kind === 'ABSOLUTE' || c.kind === 'PUBLICATION') && c.known.day && c.date.precision === 'DAY' && !c.isRange;
}

function isWeekdayLike(c: Candidate): boolean {
  return !c.drop && (c.kind === 'WEEKDAY' || (c.kind === 'RELATIVE' && c.date.precision === 'DAY' && !c.isRange));
}

/**
 * A weekday (or "امروز", "today") right before or after a full date is part of it: one mention
 * with the date's reading, tagged `weekday-mismatch` when the weekday disagrees with the date.
 * EXAMPLE: "تاریخ انتشار : چهارشنبه 1403/08/30" → one mention, 2024-11-20 (a Wednesday)
 */
export function mergeWeekdayWithDate(sorted: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  /** End of a merged span: "امروز (چهارشنبه)" takes its closing parenthesis. */
  const closeParen = (prev: Candidate, c: Candidate): number =>
    text.slice(prev.end, c.start).includes('(') && text[c.end] === ')' ? c.end + 1 : c.end;
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && JOINER.test(text.slice(prev.end, c.start))) {
      const [weekdayLike, date] = isWeekdayLike(prev) && isDayDate(c) ? [prev, c] : isDayDate(prev) && isWeekdayLike(c) ? [c, prev] : [null, null];
      if (weekdayLike && date) {
        const merged: Candidate = { ...date, start: prev.start, end: closeParen(prev, c), tags: [...date.tags, ...weekdayLike.tags, 'refiner/mergeWeekdayWithDate'] };
        delete merged.unresolved;
        const day = isoToDayNumber(date.date.value);
        const mismatch =
          weekdayLike.kind === 'WEEKDAY'
            ? weekdayLike.weekday !== undefined && weekdayLike.weekday !== weekdayOfDayNumber(day)
            : weekdayLike.date.value !== date.date.value;
        if (mismatch) merged.tags.push('weekday-mismatch');
        out[out.length - 1] = merged;
        continue;
      }
    }
    // "امروز (چهارشنبه)", "today (Wednesday)": one mention with the relative day's reading.
    if (prev && isRelativeDay(prev) && c.kind === 'WEEKDAY' && !c.drop && JOINER.test(text.slice(prev.end, c.start))) {
      const merged: Candidate = { ...prev, end: closeParen(prev, c), tags: [...prev.tags, ...c.tags, 'refiner/mergeWeekdayWithDate'] };
      if (c.weekday !== undefined && c.weekday !== weekdayOfDayNumber(isoToDayNumber(prev.date.value))) merged.tags.push('weekday-mismatch');
      out[out.length - 1] = merged;
      continue;
    }
    out.push(c);
  }
  return out;
}

function isRelativeDay(c: Candidate): boolean {
  return !c.drop && c.kind === 'RELATIVE' && c.date.precision === 'DAY' && !c.isRange && c.known.day;
}
