// Dates for mentions whose sentence states none, once every mention is known.
//  1. "در آن زمان" / "at the time": the date of the sentence before.
//  2. Otherwise, for the story's own kinds of event (DOMINANT_DATE_TYPES), the article's dominant
//     date: the explicit day of its first meeting-like mention in the body within a fortnight
//     of publication, else the most frequent explicit day among them.
//     An undated PLANNED mention takes it only when the story's own event is announced for
//     that day too; otherwise it happens some other, unstated day.
//  3. Interviews, statements and OTHER events stay undated: an undated statement is background.
// Background years never become the dominant date, and a derived invitation (from a wish) takes
// the dominant date rather than the date of the summit wished for.
// EXAMPLE: "قرار است الجولانی امروز چهارشنبه … با پوتین دیدار کند" dates the article; "سفر
//   ابومحمد الجولانی … به مسکو را تایید کرد" (no date) then takes that day.
import { addDays } from '../calendar/index.ts';
import type { EventDate, EventType } from '../types.ts';
import { DOMINANT_DATE_TYPES } from './detect.ts';
import type { PendingMention } from './types.ts';
import type { CompiledVocabulary } from './compiled.ts';
import { findCues } from './vocabulary.ts';

const STORY_TYPES: readonly EventType[] = ['MEETING', 'VISIT', 'PHONE_CALL', 'PRESS_CONFERENCE', 'SUMMIT'];
/** The dominant date lies within this many days of publication (news reports recent events). */
const DOMINANT_WINDOW_DAYS = 14;

export interface DominantDate {
  date: EventDate;
  /** The story's event is itself announced ("قرار است امروز … دیدار کند"): its day's other plans share it. */
  planned: boolean;
}

export function dominantDate(mentions: readonly PendingMention[], publishedAt: string | null): DominantDate | null {
  const candidates = mentions.filter(
    (m) =>
      !m.title &&
      !m.anaphoric &&
      m.dateSource === 'EXPLICIT' &&
      m.date !== null &&
      m.date.precision === 'DAY' &&
      m.date.start === m.date.end &&
      STORY_TYPES.includes(m.type) &&
      (publishedAt === null || withinWindow(m.date.value, publishedAt)),
  );
  const first = candidates[0];
  return first ? { date: first.date!, planned: first.status === 'PLANNED' } : null;
}

function withinWindow(day: string, publishedAt: string): boolean {
  try {
    return day >= addDays(publishedAt, -DOMINANT_WINDOW_DAYS) && day <= addDays(publishedAt, DOMINANT_WINDOW_DAYS);
  } catch {
    return false;
  }
}

/** Fills in inherited dates (in place). */
export function inheritDates(mentions: PendingMention[], text: string, v: CompiledVocabulary, publishedAt: string | null): void {
  const dominant = dominantDate(mentions, publishedAt);
  for (const m of mentions) {
    if (m.dateSource === 'EXPLICIT') continue;
    const sentence = m.evidence;
    if (m.previousSentenceDate && findCues(v.then, text, sentence.start, sentence.end).length > 0) {
      m.date = m.previousSentenceDate;
      m.dateSource = 'ANAPHORIC';
      continue;
    }
    // An announced event with no date of its own does not happen on the story's day, unless the
    // story is itself the announcement of that day ("… will also meet the Syrian community").
    if (dominant && DOMINANT_DATE_TYPES.includes(m.type) && (m.status !== 'PLANNED' || dominant.planned)) {
      m.date = dominant.date;
      m.dateSource = 'DOMINANT';
      if (m.status === 'OCCURRED' && publishedAt !== null && dominant.date.start > publishedAt) m.status = 'PLANNED';
    }
  }
}
