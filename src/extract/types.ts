// The extraction contract (../shared/DESIGN.md, "Extraction output").
// Closed vocabularies are `as const` lists with a derived union.

export const LANGUAGES = ['fa', 'ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** `und`: a language we do not extract from; such a result has no events. */
export type DetectedLanguage = Language | 'und';

export const EVENT_TYPES = [
  'MEETING',
  'VISIT',
  'PHONE_CALL',
  'INVITATION',
  'PRESS_CONFERENCE',
  'STATEMENT',
  'INTERVIEW',
  'AGREEMENT',
  'SUMMIT',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Event types that make dated MET edges between their participants. */
export const MEETING_LIKE_TYPES: readonly EventType[] = ['MEETING', 'VISIT', 'PHONE_CALL', 'SUMMIT'];

export const EVENT_STATUSES = ['OCCURRED', 'PLANNED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const PARTICIPANT_ROLES = ['HOST', 'GUEST', 'PARTICIPANT', 'INITIATOR', 'RECIPIENT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Where the publication date came from. */
export const PUBLISHED_AT_SOURCES = ['metadata', 'text', 'none'] as const;
export type PublishedAtSource = (typeof PUBLISHED_AT_SOURCES)[number];

/** A piece of the input; `start`/`end` are JavaScript string indices into the text exactly as given. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * A resolved date. `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `start`/`end` are the inclusive
 * Gregorian bounds (a Solar Hijri month spans two Gregorian months, so its value is the Gregorian
 * month holding most of it and its bounds are exact).
 */
export interface EventDate {
  value: string;
  start: string;
  end: string;
  precision: Precision;
}

export interface ExtractedActor {
  /** Deterministic slug of the English canonical name, e.g. `vladimir-putin`. */
  id: string;
  /** English canonical name. */
  name: string;
  kind: ActorKind;
  mentions: Span[];
}

export interface Participant {
  actorId: string;
  role: ParticipantRole;
}

export interface ExtractedEvent {
  /** Deterministic hash of the article-independent parts (type, date, participants). */
  id: string;
  type: EventType;
  date: EventDate | null;
  status: EventStatus;
  participants: Participant[];
  /** English canonical place name, or null. */
  location: string | null;
  evidence: Span[];
  confidence: number;
}

export interface ExtractionResult {
  language: DetectedLanguage;
  /** `YYYY-MM-DD`, or null when neither metadata nor the text gives it. */
  publishedAt: string | null;
  publishedAtSource: PublishedAtSource;
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  /** Version of the extractor that made this result; stored on articles for `reprocess`. */
  extractorVersion: string;
}

export interface ExtractOptions {
  /** `YYYY-MM-DD` from metadata; wins over a dateline found in the text. */
  publishedAt?: string | null;
  /** Forces the language instead of detecting it. */
  language?: Language;
  /**
   * Longest input accepted, in UTF-16 code units.
   * @default 2_000_000
   */
  maxInputLength?: number;
}
