// Datelines: the publication date written near the top of a scraped page.
//
// Only a full date (day, month and year all written) within the first 600 characters counts, and
// only when it looks like a dateline rather than a date in the story:
// - a label before it on its line: "تاریخ انتشار :", "Published:", "نشر في", "date";
// - a clock time next to it: "10:46 - 30 آبان 1403", "1403/08/30 ساعت 09:05";
// - a line that holds little else (3 words at most): "2024/11/20", "بینالملل 30 آبان 1403";
// - a wire dateline: "MOSCOW, Nov 20, 2024 (Reuters) -".
// "MOSCOW, Nov 20 (Reuters) -" gives no year, so it gives no publication date.
import type { Candidate } from './context.ts';

/** How far from the top a dateline may start. */
export const DATELINE_WINDOW = 600;

const LABEL = new RegExp(
  [
    // Written normalized (ی, ک, ا), as the text is: "تاريخ النشر" reads "تاریخ النشر".
    'تاریخ انتشار', 'تاریخ', 'انتشار', 'منتشر شده', 'به روز رسانی', 'بروزرسانی', 'زمان انتشار',
    'تاریخ النشر', 'نشر فی', 'نشر', 'بتاریخ', 'اخر تحدیث', 'تحدیث', 'محدث',
    'published', 'publication date', 'updated', 'posted', 'last updated', 'date', 'dated', 'first published',
  ]
    .map((w) => w.replace(/ /g, '\\s*'))
    .join('|'),
  'iu',
);
const TIME_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|ق\.?ظ|ب\.?ظ)?\s*[-–|،,/]?\s*$/iu;
const TIME_AFTER = /^\s*[-–|،,/]?\s*(?:ساعت|الساعه|at|-)?\s*\d{1,2}:\d{2}/iu;
const WIRE_AFTER = /^\s*\(\s*[\p{L}\s.]{2,25}\)\s*[-–—]/u;
/** What a dateline line may hold besides its date (a section name, a weekday): 32 characters, 3 words. */
const SHORT_LINE_EXTRA = 32;
const SHORT_LINE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;

/** How far around a date its line is looked at: a long line is no dateline line anyway. */
const LINE_REACH = 200;

function lineAround(text: string, start: number, end: number): { before: string; after: string } {
  const before = text.slice(Math.max(0, start - LINE_REACH), start);
  const after = text.slice(end, end + LINE_REACH);
  const nlBefore = before.lastIndexOf('\n');
  const nlAfter = after.indexOf('\n');
  return { before: before.slice(nlBefore + 1), after: nlAfter < 0 ? after : after.slice(0, nlAfter) };
}

export function looksLikeDateline(text: string, c: Candidate): boolean {
  if (c.start >= DATELINE_WINDOW || c.drop || c.unresolved) return false;
  if (!(c.known.year && c.known.month && c.known.day) || c.date.precision !== 'DAY' || c.isRange) return false;
  if (c.kind !== 'ABSOLUTE' && c.kind !== 'PUBLICATION') return false;
  const { before, after } = lineAround(text, c.start, c.end);
  const near = before.slice(-60);
  if (LABEL.test(near)) return true;
  if (TIME_BEFORE.test(near) || TIME_AFTER.test(after)) return true;
  if (WIRE_AFTER.test(after)) return true;
  const rest = `${before} ${after}`.trim();
  return rest.length <= SHORT_LINE_EXTRA && (rest.match(WORD)?.length ?? 0) <= SHORT_LINE_WORDS;
}

/** The first candidate that looks like a dateline, or null. */
export function pickDateline(text: string, sorted: readonly Candidate[]): Candidate | null {
  for (const c of sorted) {
    if (c.start >= DATELINE_WINDOW) break;
    if (looksLikeDateline(text, c)) return c;
  }
  return null;
}
