// Mentions of one event within an article become one event with several evidence spans.
//
// Two mentions are one event when the types are equal, the dates are compatible (both stated
// and overlapping, or one of them inherited), and the participants agree: one set holds the
// other, or they share two actors, or each one's other side is among the other's participants
// (Putin met al-Sharaa ~ al-Sharaa met Putin; al-Sharaa met Putin ≁ al-Sharaa met the diaspora),
// and the places agree (a visit to Baghdad and one to Erbil are two visits).
// Mentions that refer back ("این دیدار", "this meeting") join the latest event of their type;
// a sentence that refers back to an event ("در آن سفر") dates its other undated events with it.
// Weak mentions (headlines, one side only) only confirm events; they never stand alone.
import type { EventDate, EventStatus, ParticipantRole } from '../types.ts';
import type { PendingMention } from './types.ts';

export interface MergedEvent {
  mentions: PendingMention[];
  type: PendingMention['type'];
  subjects: Set<string>;
  objects: Set<string>;
  roles: Map<string, ParticipantRole>;
  date: EventDate | null;
  explicitDate: boolean;
  location: PendingMention['location'];
  /** The place came from a weak mention (a headline, one side only): a body mention's place wins. */
  locationWeak: boolean;
  confidence: number;
  /** When it was last mentioned (a counter): "this meeting" is the meeting told last, not the first one told. */
  touched: number;
}

let clock = 0;

/** Types with two sides: a referent with one side only takes the subject of a sentence that refers back. */
const TWO_SIDED_TYPES: ReadonlySet<string> = new Set(['MEETING', 'PHONE_CALL', 'INVITATION', 'PRESS_CONFERENCE', 'AGREEMENT']);

const ROLE_STRENGTH: Record<ParticipantRole, number> = { PARTICIPANT: 0, GUEST: 1, HOST: 2, RECIPIENT: 1, INITIATOR: 2 };

function all(e: { subjects: Iterable<string>; objects: Iterable<string> }): Set<string> {
  return new Set([...e.subjects, ...e.objects]);
}

function datesCompatible(a: { date: EventDate | null; explicit: boolean }, b: { date: EventDate | null; explicit: boolean }): boolean {
  if (!a.explicit || !b.explicit || !a.date || !b.date) return true;
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

export function participantsAgree(
  a: { subjects: Iterable<string>; objects: Iterable<string> },
  b: { subjects: Iterable<string>; objects: Iterable<string> },
): boolean {
  const A = all(a), B = all(b);
  if (A.size === 0 || B.size === 0) return false;
  const shared = [...A].filter((x) => B.has(x)).length;
  if (shared === 0) return false;
  if (shared === A.size || shared === B.size || shared >= 2) return true;
  const aObj = [...a.objects], bObj = [...b.objects];
  return aObj.some((x) => B.has(x)) && bObj.some((x) => A.has(x));
}

function overlapScore(e: MergedEvent, m: PendingMention): number {
  const B = all(e);
  let s = 0;
  for (const x of m.objects) if (B.has(x)) s += 2;
  for (const x of m.subjects) if (B.has(x)) s += 1;
  if (m.dateSource === 'EXPLICIT' && e.explicitDate && m.date && e.date && m.date.value === e.date.value) s += 3;
  return s;
}

function create(m: PendingMention): MergedEvent {
  return {
    mentions: [m],
    type: m.type,
    subjects: new Set(m.subjects),
    objects: new Set(m.objects),
    roles: new Map(m.roles),
    date: m.date,
    explicitDate: m.dateSource === 'EXPLICIT' || m.dateSource === 'ANAPHORIC',
    location: m.weak ? null : m.location,
    locationWeak: m.weak,
    confidence: m.confidence,
    touched: ++clock,
  };
}

function absorb(e: MergedEvent, m: PendingMention, withParticipants = true, keepDate = false): void {
  e.mentions.push(m);
  e.touched = ++clock;
  if (withParticipants) {
    for (const s of m.subjects) if (!e.objects.has(s)) e.subjects.add(s);
    for (const o of m.objects) if (!e.subjects.has(o)) e.objects.add(o);
    for (const [id, role] of m.roles) {
      const old = e.roles.get(id);
      if (old === undefined || ROLE_STRENGTH[role] > ROLE_STRENGTH[old]) e.roles.set(id, role);
    }
  }
  const mExplicit = m.dateSource === 'EXPLICIT' || m.dateSource === 'ANAPHORIC';
  if (!keepDate && m.date && (!e.date || (mExplicit && !e.explicitDate) || (mExplicit && e.explicitDate && moreExact(m.date, e.date)))) {
    e.date = m.date;
    e.explicitDate = mExplicit;
  }
  // Where: a body mention's place over a headline's or a one-sided mention's, a city over a country.
  if (m.location && !m.weak && (!e.location || e.locationWeak || (e.location.placeId === e.location.countryId && m.location.placeId !== m.location.countryId && m.location.countryId === e.location.placeId))) {
    e.location = m.location;
    e.locationWeak = m.weak;
  }
  e.confidence = Math.min(0.99, Math.max(e.confidence, m.confidence) + 0.02);
}

function moreExact(a: EventDate, b: EventDate): boolean {
  const rank = { DAY: 0, MONTH: 1, YEAR: 2 } as const;
  return rank[a.precision] < rank[b.precision];
}

/**
 * Two places of one event: equal, or one is the country the other lies in ("visit to Iraq" ~
 * "in Baghdad"). Baghdad and Erbil are two visits.
 */
export function locationsAgree(a: PendingMention['location'], b: PendingMention['location']): boolean {
  if (!a || !b || a.placeId === b.placeId) return true;
  const aIsCountry = a.placeId === a.countryId, bIsCountry = b.placeId === b.countryId;
  if (aIsCountry && !bIsCountry) return b.countryId === a.placeId;
  if (bIsCountry && !aIsCountry) return a.countryId === b.placeId;
  return false;
}

function compatible(e: MergedEvent, m: PendingMention): boolean {
  if (e.type !== m.type) return false;
  if (!locationsAgree(e.location, m.location)) return false;
  const mExplicit = m.dateSource === 'EXPLICIT' || m.dateSource === 'ANAPHORIC';
  return datesCompatible({ date: e.date, explicit: e.explicitDate }, { date: m.date, explicit: mExplicit }) && participantsAgree(e, m);
}

export function mergeMentions(mentions: readonly PendingMention[]): MergedEvent[] {
  const events: MergedEvent[] = [];
  const pending: PendingMention[] = [];
  const bySentence = new Map<number, PendingMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const [, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    // Anaphoric mentions first: their referent may date the sentence's other events.
    let referentDate: EventDate | null = null;
    const rest: PendingMention[] = [];
    for (const m of list) {
      if (!m.anaphoric) {
        rest.push(m);
        continue;
      }
      const referent = events
        .filter((e) => e.type === m.type && !e.mentions.every((x) => x.title))
        .reduce<MergedEvent | undefined>((best, e) => (!best || e.touched > best.touched ? e : best), undefined);
      if (!referent) {
        rest.push({ ...m, anaphoric: false });
        continue;
      }
      // Attendees join ("در این دیدار حضور داشتند"); a subject fills a referent that lacks a side
      // ("مسعود پزشکیان در این گفت‌وگوی تلفنی …"). Its date only dates an undated referent.
      absorb(referent, m, m.joins || (TWO_SIDED_TYPES.has(m.type) && all(referent).size < 2), referent.explicitDate);
      if (referent.explicitDate && referent.date) referentDate = referent.date;
    }
    for (const m of rest) {
      // "در آن سفر در دیدار با پوتین": the sentence's undated events happened then (not its announced ones).
      if (referentDate && m.dateSource !== 'EXPLICIT' && m.status !== 'PLANNED') {
        m.date = referentDate;
        m.dateSource = 'ANAPHORIC';
      }
      place(events, pending, m);
    }
  }
  // Weak mentions (headlines first in the page) confirm events found after them.
  for (const m of pending) {
    const target = best(events, m);
    if (target) absorb(target, m);
  }
  // Two events bridged by later mentions become one.
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) {
        const a = events[i]!, b = events[j]!;
        if (a.type !== b.type || !locationsAgree(a.location, b.location)) continue;
        if (!datesCompatible({ date: a.date, explicit: a.explicitDate }, { date: b.date, explicit: b.explicitDate })) continue;
        if (a.explicitDate && b.explicitDate && a.date && b.date && a.date.value !== b.date.value && a.date.precision === b.date.precision) continue;
        if (!participantsAgree(a, b)) continue;
        for (const m of b.mentions) absorb(a, m);
        events.splice(j, 1);
        changed = true;
        break outer;
      }
    }
  }
  return events;
}

function best(events: readonly MergedEvent[], m: PendingMention): MergedEvent | undefined {
  let top: MergedEvent | undefined;
  let topScore = -1;
  for (const e of events) {
    if (!compatible(e, m)) continue;
    const s = overlapScore(e, m);
    if (s > topScore) {
      top = e;
      topScore = s;
    }
  }
  return top;
}

function place(events: MergedEvent[], pending: PendingMention[], m: PendingMention): void {
  const target = best(events, m);
  if (target) absorb(target, m);
  else if (m.weak) pending.push(m);
  else events.push(create(m));
}

/** PLANNED when a mention announces it and it has not happened by publication. */
export function mergedStatus(e: MergedEvent, publishedAt: string | null): EventStatus {
  const planned = e.mentions.some((m) => m.status === 'PLANNED');
  if (!planned) return 'OCCURRED';
  if (publishedAt && e.date && e.date.end < publishedAt) return 'OCCURRED';
  return 'PLANNED';
}
