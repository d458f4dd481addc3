// Event detection: mentions (detect.ts) → inherited dates and counterparts → one event per
// real-world event of the article (merge.ts) → the contract's ExtractedEvent.
import type { ExtractedEvent, Participant, Span } from '../types.ts';
import { compiledVocabulary } from './compiled.ts';
import { resolveCounterparts } from './counterparts.ts';
import { inheritDates } from './dating.ts';
import { detectMentions } from './detect.ts';
import { eventId } from './event-id.ts';
import { mergeMentions, mergedStatus, type MergedEvent } from './merge.ts';
import type { EventContext } from './types.ts';

export type { EventContext, ActorLookup, SentenceInput } from './types.ts';
export { EVENT_VOCABULARIES } from './compiled.ts';

/** Maps a span of the normalized text to the original text. */
export type ToOriginal = (start: number, end: number) => Span;

export function detectEvents(ctx: EventContext, toOriginal: ToOriginal): ExtractedEvent[] {
  const v = compiledVocabulary(ctx.language);
  const mentions = detectMentions(ctx);
  inheritDates(mentions, ctx.text, v, ctx.publishedAt);
  resolveCounterparts(mentions, ctx.lookup, ctx.publishedAt);
  const merged = mergeMentions(mentions);
  placeByVisit(merged);
  return merged
    .filter((e) => e.mentions.some((m) => !m.weak))
    .map((e) => toEvent(e, ctx, toOriginal))
    .sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

/** Events told during a visit, with no place of their own, happen where the visit went ("… که به مسکو سفر کرده، با لاوروف دیدار کرد"). */
const AT_VISIT: ReadonlySet<string> = new Set(['MEETING', 'PRESS_CONFERENCE', 'AGREEMENT', 'INVITATION']);

function placeByVisit(events: MergedEvent[]): void {
  const visits = events.filter((e) => e.type === 'VISIT' && e.location && e.date);
  for (const e of events) {
    if (e.location || !e.date || !AT_VISIT.has(e.type)) continue;
    const visit = visits.find((v) => v.date!.value === e.date!.value && [...v.subjects, ...v.objects].some((id) => e.subjects.has(id) || e.objects.has(id)));
    if (visit) e.location = visit.location;
  }
}

function toEvent(e: MergedEvent, ctx: EventContext, toOriginal: ToOriginal): ExtractedEvent {
  const ids = [...e.subjects, ...e.objects.keys()].filter((id, i, xs) => xs.indexOf(id) === i);
  const participants: Participant[] = ids.map((actorId) => ({ actorId, role: e.roles.get(actorId) ?? 'PARTICIPANT' }));
  const spans = new Map<number, Span>();
  for (const m of e.mentions) {
    if (!spans.has(m.evidence.start)) spans.set(m.evidence.start, toOriginal(m.evidence.start, m.evidence.end));
  }
  const evidence = [...spans.values()].sort((a, b) => a.start - b.start);
  // The first body mention leads: headlines come first in the page but say less.
  const bodyFirst = e.mentions.find((m) => !m.title);
  if (bodyFirst) {
    const lead = spans.get(bodyFirst.evidence.start)!;
    evidence.splice(evidence.indexOf(lead), 1);
    evidence.unshift(lead);
  }
  const location = e.location?.name ?? null;
  return {
    id: eventId(e.type, e.date?.value ?? null, ids, location),
    type: e.type,
    date: e.date,
    status: mergedStatus(e, ctx.publishedAt),
    participants,
    location,
    evidence,
    confidence: Math.round(e.confidence * 100) / 100,
  };
}
