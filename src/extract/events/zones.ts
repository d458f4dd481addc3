// Zones of a clause: where a subject and a time hold. A date or an actor inside a quote, a
// relative clause or a "since …" phrase does not belong to an event named outside it.
//
// EXAMPLE (fa): "لاوروف از الشرع برای شرکت در اجلاس … که قرار است در ماه اکتبر برگزار شود، دعوت کرد"
//   RELATIVE "که قرار است در ماه اکتبر برگزار شود" belongs to "اجلاس" (its owner): October and
//   "planned" are the summit's, not the invitation's.
// EXAMPLE (fa): "الجولانی … گفت: امروز، سوریه روابطی … ایجاد میکند" → QUOTE after "گفت:"; "امروز" is not
//   the date of the interview named before it.
// EXAMPLE (ar): "وقال لافروف إن موسكو تود…" → CONTENT from "إن": reported speech, speaker لافروف.
// EXAMPLE (ar): "منذ إطالة … في ديسمبر" → SINCE: December is background.
import type { Language } from '../types.ts';
import type { Zone } from './types.ts';
import { findCues, type CueMatcher, type TriggerMatch } from './vocabulary.ts';

export interface ZoneMatchers {
  relative: CueMatcher;
  since: CueMatcher;
  speech: CueMatcher;
}

/** Owner search: an event noun this close before a relative marker is its head. */
const OWNER_DISTANCE = 45;
/** A "since" phrase runs at most this far without punctuation. */
const SINCE_MAX = 60;
/** A complementizer this close after a speech verb opens reported speech ("قال لافروف إن"). */
const COMPLEMENTIZER_DISTANCE = 30;

const CLAUSE_PUNCT = /[،,؛;]/u;
/** Persian words before "که" that make it a complementizer (it is … that), not a relative pronoun. */
const FA_VERB_BEFORE_KE = /(?:^|\s)(?:است|بود|شد|نیست|هست|گفت|افزود|نوشت|دارد|داشت|کرد|کردند|کرده|داد|دادند|شده|گفته|کند|کنند|باشد|گردید|یافت|گرفت|رفت|آمد|شود|شدند|بودند|نمود|نمودند)\s*$/u;
const COMPLEMENTIZER: Record<Language, RegExp> = {
  fa: /^\s*که(?![\p{L}\p{N}])/u,
  ar: /(?<![\p{L}\p{N}])(?:ان|انه|انها|انهم|بان|بانه)(?![\p{L}\p{N}])/u,
  en: /(?<![\p{L}\p{N}])that(?![\p{L}\p{N}])/iu,
};

function nextPunct(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (CLAUSE_PUNCT.test(text[i]!)) return i;
  return end;
}

/** Quote pairs «…», “…”, "…" inside [start, end); an unclosed quote runs to the end. */
function quoteZones(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const pairs: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
  for (let i = start; i < end; i++) {
    const close = pairs[text[i]!];
    if (!close) continue;
    let j = text.indexOf(close, i + 1);
    if (j < 0 || j >= end) j = end;
    out.push({ start: i, end: Math.min(end, j + 1) });
    i = j;
  }
  return out;
}

/** Builds the zones of the clause [start, end); zone 0 is the clause (MAIN). */
export function buildZones(
  text: string,
  start: number,
  end: number,
  language: Language,
  m: ZoneMatchers,
  triggers: readonly TriggerMatch[],
): Zone[] {
  const zones: Zone[] = [{ start, end, kind: 'MAIN', parent: -1, ownerTrigger: null }];
  const quotes = quoteZones(text, start, end);
  const inQuote = (p: number): boolean => quotes.some((q) => p > q.start && p < q.end);
  for (const q of quotes) zones.push({ ...q, kind: 'QUOTE', parent: 0, ownerTrigger: null });

  const contentStarts = new Set<number>();
  for (const sv of findCues(m.speech, text, start, end)) {
    // "گفت: …" — direct speech after a colon.
    const after = text.slice(sv.end, Math.min(end, sv.end + 4));
    const colon = after.indexOf(':');
    if (colon >= 0 && !inQuote(sv.end + colon)) {
      const qs = sv.end + colon + 1;
      if (!quotes.some((q) => q.start >= qs - 1 && q.start <= qs + 2)) zones.push({ start: qs, end, kind: 'QUOTE', parent: 0, ownerTrigger: null });
      continue;
    }
    // "گفت که …", "قال لافروف إن …", "said that …" — reported speech to the end of the clause.
    const window = text.slice(sv.end, Math.min(end, sv.end + COMPLEMENTIZER_DISTANCE));
    const c = COMPLEMENTIZER[language].exec(window);
    if (c && (language !== 'fa' || c.index === 0)) {
      const cs = sv.end + c.index + (c[0].length - c[0].trimStart().length);
      // Not a complementizer of this verb when a quote opens in between ("قال: “نأمل أن …”").
      const quote = quotes.find((q) => q.start > sv.start && q.start < cs);
      if (quote) continue;
      const enclosing = quotes.find((q) => cs > q.start && cs < q.end);
      contentStarts.add(cs);
      zones.push({ start: cs, end: enclosing ? enclosing.end : end, kind: 'CONTENT', parent: 0, ownerTrigger: null });
    }
  }

  for (const r of findCues(m.relative, text, start, end)) {
    if (contentStarts.has(r.start)) continue;
    if (language === 'fa' && FA_VERB_BEFORE_KE.test(text.slice(Math.max(start, r.start - 12), r.start))) {
      zones.push({ start: r.start, end, kind: 'CONTENT', parent: 0, ownerTrigger: null });
      continue;
    }
    const zEnd = nextPunct(text, r.end, end);
    let owner: number | null = null;
    triggers.forEach((t, i) => {
      if (t.entry.pos === 'NOUN' && t.end <= r.start && r.start - t.end <= OWNER_DISTANCE && !/[.:؛;]/u.test(text.slice(t.end, r.start))) owner = i;
    });
    zones.push({ start: r.start, end: zEnd, kind: 'RELATIVE', parent: 0, ownerTrigger: owner });
  }

  for (const s of findCues(m.since, text, start, end)) {
    const zEnd = Math.min(nextPunct(text, s.end, end), s.start + SINCE_MAX);
    zones.push({ start: s.start, end: zEnd, kind: 'SINCE', parent: 0, ownerTrigger: null });
  }

  // Parents: the smallest earlier zone that contains each zone.
  for (let i = 1; i < zones.length; i++) {
    const z = zones[i]!;
    let best = 0;
    for (let j = 1; j < zones.length; j++) {
      if (j === i) continue;
      const p = zones[j]!;
      const contains = p.start <= z.start && z.end <= p.end && (p.end - p.start > z.end - z.start || (p.end - p.start === z.end - z.start && j < i));
      if (contains && p.end - p.start < zones[best]!.end - zones[best]!.start) best = j;
    }
    z.parent = best;
  }
  return zones;
}

/** Index of the innermost zone holding [start, end). */
export function zoneAt(zones: readonly Zone[], start: number, end = start + 1): number {
  let best = 0;
  for (let i = 1; i < zones.length; i++) {
    const z = zones[i]!;
    if (z.start <= start && end <= z.end && z.end - z.start <= zones[best]!.end - zones[best]!.start) best = i;
  }
  return best;
}

/** True when zone `inner` is `outer` or lies inside it. */
export function within(zones: readonly Zone[], inner: number, outer: number): boolean {
  for (let z = inner; z >= 0; z = zones[z]!.parent) if (z === outer) return true;
  return false;
}
