// Prepositional phrases of a clause and the trigger each one belongs to, and groups of actors
// standing together ("بوتين ووزير الخارجية سيرجي لافروف").
//
// A phrase runs from its marker to the next clause punctuation, trigger, or other marker,
// at most PHRASE_MAX characters.
// Attachment: in Persian (verb last) a "با X" phrase right after an event noun is that noun's
// ("دیدار با پوتین"); otherwise it is the next trigger's ("با پوتین دیدار کرد"). In Arabic and
// English it is the trigger before it ("التقى … مع الشيباني", "met with"), else the next one.
// EXAMPLE (fa): "یک روز پس از دیدار با رئیس‌جمهور روسیه با سرگئی لاوروف گفت‌وگو کرد"
//   → "با رئیس‌جمهور روسیه" ↔ دیدار, "با سرگئی لاوروف" ↔ گفت‌وگو.
import type { ActorMention } from '../actors/index.ts';
import type { Language } from '../types.ts';
import type { CompiledVocabulary } from './compiled.ts';
import type { Phrase, PhraseKind } from './types.ts';
import { findCues, type TriggerMatch } from './vocabulary.ts';

const PHRASE_MAX = 90;
/** An attribution reaches over the source's name only. */
const ATTRIBUTION_MAX = 50;
const STOP_PUNCT = /[،,؛;:!?؟«»"“”.]/u;
/** An attribution also ends at a bracket or dash: "(رويترز)-الرئيس …", "— Reuters". */
const ATTRIBUTION_STOP = /[()[\]\-–—]/u;
/** Words allowed between two actors of one group ("و", "and", a comma, a short apposition). */
const GROUP_GAP_WORDS = 3;

interface Marker {
  start: number;
  end: number;
  kind: PhraseKind;
}

export function findPhrases(
  text: string,
  start: number,
  end: number,
  v: CompiledVocabulary,
  triggers: readonly TriggerMatch[],
  actors: readonly ActorMention[],
): Phrase[] {
  const exceptions = findCues(v.withExceptions, text, start, end);
  const markers: Marker[] = [];
  const add = (kind: PhraseKind, list: { start: number; end: number }[]): void => {
    for (const m of list) {
      if (kind === 'WITH' && exceptions.some((e) => e.start === m.start)) continue;
      // A marker that is part of a trigger ("بحث مع", "call with") is the trigger's own.
      if (triggers.some((t) => m.start >= t.start && m.end <= t.end)) continue;
      markers.push({ ...m, kind });
    }
  };
  add('WITH', findCues(v.with, text, start, end));
  add('FROM', findCues(v.from, text, start, end));
  add('TOPIC', findCues(v.topic, text, start, end));
  add('ATTRIBUTION', findCues(v.attribution, text, start, end));
  markers.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop markers inside a longer one ("به گزارش" holds no separate "به").
  const kept = markers.filter((m, i) => !markers.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));

  const phrases: Phrase[] = [];
  kept.forEach((m, i) => {
    const limit = Math.min(end, m.end + (m.kind === 'ATTRIBUTION' ? ATTRIBUTION_MAX : PHRASE_MAX));
    let e = limit;
    for (let p = m.end; p < limit; p++) {
      const ch = text[p]!;
      if ((STOP_PUNCT.test(ch) && !(ch === '.' && /\p{L}/u.test(text[p + 1] ?? ''))) || (m.kind === 'ATTRIBUTION' && ATTRIBUTION_STOP.test(ch))) {
        e = p;
        break;
      }
    }
    const next = kept[i + 1];
    if (next && next.start < e) e = next.start;
    // "از" / "من" / "from" mark an actor only right after them ("از احمد الشرع", not "پس از آن مهر …").
    if (m.kind === 'FROM') e = Math.min(e, firstGroupEnd(text, m.end, e, actors));
    for (const t of triggers) if (t.start >= m.end && t.start < e) e = t.start;
    // "(رويترز)" and "According to Reuters," are attributions however short.
    phrases.push({ start: m.start, end: e, kind: m.kind, trigger: null });
  });
  for (const p of phrases) if (p.kind === 'WITH' || p.kind === 'FROM') p.trigger = attach(p, triggers, v.language, text);
  return phrases;
}

function attach(p: Phrase, triggers: readonly TriggerMatch[], language: Language, text: string): number | null {
  // "از X … دعوت کرد", "تلقى اتصالا من X": a sender or invitee belongs to the call or invitation.
  if (p.kind === 'FROM') {
    let best: number | null = null, bestDistance = Infinity;
    triggers.forEach((t, i) => {
      if (t.entry.type !== 'INVITATION' && t.entry.type !== 'PHONE_CALL') return;
      const d = t.start >= p.end ? t.start - p.end : p.start - t.end;
      if (d >= 0 && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    if (best !== null) return best;
  }
  let before = -1, after = -1;
  triggers.forEach((t, i) => {
    if (t.end <= p.start) before = i;
    else if (t.start >= p.end && after < 0) after = i;
  });
  if (language === 'fa') {
    const b = triggers[before];
    if (b && b.entry.pos === 'NOUN' && /^\s{0,3}$/u.test(text.slice(b.end, p.start))) return before;
    if (after >= 0) return after;
    return before >= 0 ? before : null;
  }
  if (before >= 0) return before;
  return after >= 0 ? after : null;
}

/** Words allowed between "از"/"from" and its actor ("from the Russian side's X"). */
const FROM_GAP_WORDS = 2;

/** End of the actor group starting right after `from` (or `from` itself when none does). */
function firstGroupEnd(text: string, from: number, limit: number, actors: readonly ActorMention[]): number {
  const first = actors.find((a) => a.start >= from && a.start < limit);
  if (!first || gapWords(text, from, first.start) > FROM_GAP_WORDS) return from;
  const group = groupActors(text, actors.filter((a) => a.start >= first.start && a.end <= limit))[0] ?? [first];
  return group[group.length - 1]!.end;
}

/** The phrase holding [start, end), if any. */
export function phraseAt(phrases: readonly Phrase[], start: number, end: number): Phrase | undefined {
  return phrases.find((p) => p.start <= start && end <= p.end);
}

/** Actors standing together: consecutive mentions separated by at most GROUP_GAP_WORDS words. */
export function groupActors(text: string, mentions: readonly ActorMention[]): ActorMention[][] {
  const groups: ActorMention[][] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    // "X and Chinese Foreign Minister Y": after a conjunction, a title may stand before the name.
    const limit = /^\s*(?:[،,]|(?:و|and)(?![\p{L}]))/u.test(gap) ? GROUP_GAP_WORDS + 2 : GROUP_GAP_WORDS;
    if (last && prev && gapWords(text, prev.end, m.start) <= limit && !/[.؛;:!?؟]/u.test(gap)) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

function gapWords(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  const gap = text.slice(from, to);
  const words = gap.match(/[\p{L}\p{N}]+/gu);
  return words ? words.length : 0;
}
