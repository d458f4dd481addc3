// Time expressions: every date mention in a (normalized) text, resolved against the publication
// date. The pipeline calls only `findDateMentions` and `findPublicationDate`.
//
// Order of work (chrono's): every parser of the language, then the language-neutral numeric ones,
// collect candidates; overlaps are settled (longest match wins); a weekday next to a full date
// joins it; the dateline near the top is marked PUBLICATION; Hijri lunar dates, recognised only
// to keep other parsers off them, are dropped, and so are weekdays left unresolved for want of a
// publication date. Parsers and their patterns are built once, here.
import type { Language } from '../types.ts';
import { createARTimeParsers } from '../locales/ar/time-parsers.ts';
import { createENTimeParsers } from '../locales/en/time-parsers.ts';
import { createFATimeParsers } from '../locales/fa/time-parsers.ts';
import { createCommonTimeParsers } from './common-parsers.ts';
import { ParsingContext, type Candidate } from './context.ts';
import type { TimeParser } from './parser.ts';
import { DATELINE_WINDOW, pickDateline } from './publication.ts';
import { mergeWeekdayWithDate, removeOverlaps } from './refine.ts';
import type { DateMention, PublicationDateMention, TimeContext } from './types.ts';

export type { DateMention, PublicationDateMention, TimeContext } from './types.ts';
export type { DateCalendar, DateMentionKind, DatePart } from './types.ts';
export { DATE_CALENDARS, DATE_MENTION_KINDS, DATE_PARTS } from './types.ts';

const PARSERS: Readonly<Record<Language, readonly TimeParser[]>> = {
  fa: [...createFATimeParsers(), ...createCommonTimeParsers()],
  ar: [...createARTimeParsers(), ...createCommonTimeParsers()],
  en: [...createENTimeParsers(), ...createCommonTimeParsers()],
};

function candidatesOf(text: string, ctx: TimeContext): Candidate[] {
  const pc = new ParsingContext(text, ctx);
  const all: Candidate[] = [];
  PARSERS[pc.language].forEach((parser, priority) => {
    const from = all.length;
    parser.run(pc, all);
    for (let i = from; i < all.length; i++) all[i]!.priority = priority;
  });
  return mergeWeekdayWithDate(removeOverlaps(all, text.length), text);
}

function toMention(text: string, c: Candidate): DateMention {
  const m: DateMention = {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    date: c.date,
    known: c.known,
    kind: c.kind,
    tags: c.tags,
    calendar: c.calendar,
    isRange: c.isRange,
  };
  if (c.futureDate) m.futureDate = c.futureDate;
  if (c.part) m.part = c.part;
  return m;
}

/**
 * Every date expression of `text` (already normalized), sorted by start, without overlaps.
 * Without `ctx.publishedAt`, only dates whose year is written are returned.
 * Throws TypeError/RangeError on a malformed `ctx`, never on the text.
 */
export function findDateMentions(text: string, ctx: TimeContext): DateMention[] {
  const candidates = candidatesOf(text, ctx);
  const dateline = pickDateline(text, candidates);
  if (dateline) dateline.kind = 'PUBLICATION';
  return candidates.filter((c) => !c.drop && !c.unresolved).map((c) => toMention(text, c));
}

/** How far past the window a dateline's text may run (a numeric date cut in two would misread). */
const WINDOW_MARGIN = 80;

/**
 * A dateline or "published" line near the top of the page, e.g. "تاریخ انتشار : چهارشنبه 1403/08/30",
 * "10:46 - 30 آبان 1403", "Published: 20 November 2024"; null when none has a full date.
 */
export function findPublicationDate(text: string, language: Language): PublicationDateMention | null {
  if (typeof text !== 'string') throw new TypeError(`Expected text to be a string, got ${typeof text}`);
  const head = text.slice(0, DATELINE_WINDOW + WINDOW_MARGIN);
  const dateline = pickDateline(head, candidatesOf(head, { language, publishedAt: null }));
  if (!dateline) return null;
  return { date: dateline.date.value, start: dateline.start, end: dateline.end, text: head.slice(dateline.start, dateline.end) };
}
