// Internal types of event detection: what the pipeline hands in, and the event mentions found
// before merging. Offsets are into the normalized text unless a name says otherwise.
import type { ActorInfo, ActorMention, OfficeKind, PlaceInfo, PlaceMention } from '../actors/index.ts';
import type { DateMention } from '../time/index.ts';
import type { EventDate, EventStatus, EventType, Language, ParticipantRole } from '../types.ts';
import type { TriggerMatch } from './vocabulary.ts';

export interface SentenceInput {
  start: number;
  end: number;
  /** The sentence lies in a headline or subheading: its events only confirm events of the body. */
  title: boolean;
  /** Index of the block (line) it lies in. */
  block: number;
}

/** Look-ups into the actor lexicon; injected so tests can pass their own. */
export interface ActorLookup {
  actorInfo(id: string): ActorInfo | undefined;
  holderOf(office: OfficeKind, countryId: string, date: string): string | undefined;
  officesOf(actorId: string, date: string): { kind: OfficeKind; countryId: string | null }[];
  /** A place with the city a site lies in (`within`). */
  placeInfo(id: string): PlaceInfo | undefined;
}

export interface EventContext {
  language: Language;
  /** The normalized text. */
  text: string;
  publishedAt: string | null;
  sentences: readonly SentenceInput[];
  /** Actor mentions inside the kept blocks, sorted, not overlapping. */
  actors: readonly ActorMention[];
  places: readonly PlaceMention[];
  dates: readonly DateMention[];
  lookup: ActorLookup;
}

export const ZONE_KINDS = ['MAIN', 'QUOTE', 'CONTENT', 'RELATIVE', 'SINCE'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/**
 * A stretch of a clause with its own subject and time: the clause itself (MAIN), a direct quote
 * (QUOTE), reported speech after "said that" (CONTENT), a relative clause (RELATIVE), or a
 * background "since …" phrase (SINCE). Zones nest; `parent` is an index into the same list.
 */
export interface Zone {
  start: number;
  end: number;
  kind: ZoneKind;
  parent: number;
  /** A RELATIVE zone right after an event noun belongs to it ("اجلاس … که قرار است در اکتبر برگزار شود"). */
  ownerTrigger: number | null;
}

export const PHRASE_KINDS = ['WITH', 'FROM', 'TOPIC', 'ATTRIBUTION'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

/** "با X", "مع X", "with X"…: actors inside belong to the trigger it is attached to. */
export interface Phrase {
  start: number;
  end: number;
  kind: PhraseKind;
  /** Index of the trigger (in the clause's list) it attaches to, or null. */
  trigger: number | null;
}

export type DateSource = 'EXPLICIT' | 'ANAPHORIC' | 'DOMINANT' | 'NONE';

/** One event as one sentence states it, before merging. */
export interface EventMention {
  type: EventType;
  trigger: TriggerMatch;
  sentence: number;
  title: boolean;
  /** Who does it (the subject side), and the other side (with-objects, invitees, the noun's complements). */
  subjects: string[];
  objects: string[];
  roles: Map<string, ParticipantRole>;
  date: EventDate | null;
  dateSource: DateSource;
  status: EventStatus;
  location: { placeId: string; name: string; countryId: string | null } | null;
  /** Normalized offsets of the sentence. */
  evidence: { start: number; end: number };
  confidence: number;
  /** The mention refers back to an earlier event ("این دیدار", "this meeting"): it only adds evidence or attendees. */
  anaphoric: boolean;
  /** Too little to stand alone (a headline, one participant for a meeting): it can only confirm another event. */
  weak: boolean;
}

/** Internal: a mention still waiting for its counterpart (a "joint" press conference, "we agreed"). */
export interface PendingMention extends EventMention {
  /** The speaker or subject whose counterpart joins the event, once events are known. */
  counterpartOf: string | null;
  /** Join all attendees to the event referred to ("در این دیدار حضور داشتند"). */
  joins: boolean;
  /** The date written in the sentence before, for "در آن زمان" / "at the time". */
  previousSentenceDate: EventDate | null;
  /** A wish turned into an invitation: its date is never the summit's or visit's own. */
  derived: boolean;
}

/** A sentence, or a part of one between "؛" / ";". */
export interface Clause {
  start: number;
  end: number;
  sentence: number;
  title: boolean;
}
