// Actors and places: lexicon look-up over a (normalized) text with one automaton pass,
// titles resolved to their holder at the article's date, and titled people missing from
// the lexicon kept with a best-effort English name.
// STUB: the real module replaces this file's bodies; the signatures are the contract.
import type { ActorKind, Language } from '../types.ts';

export interface ActorContext {
  language: Language;
  /** `YYYY-MM-DD` used to resolve titles ("the Russian president") to their holder; null: today's lexicon view is not assumed, titles stay unresolved. */
  date: string | null;
}

export interface ActorMention {
  /** Offsets into the text given (the normalized text, for the pipeline). */
  start: number;
  end: number;
  text: string;
  actorId: string;
  /** English canonical name. */
  name: string;
  kind: ActorKind;
  /** NAME: a surface form of the actor; TITLE: an office resolved to its holder; TITLED_UNKNOWN: a titled person missing from the lexicon. */
  via: 'NAME' | 'TITLE' | 'TITLED_UNKNOWN';
  /** The office, for TITLE and for NAME mentions that carry one ("Foreign Minister Sergey Lavrov"). */
  office?: { kind: OfficeKind; countryId: string | null };
}

export const OFFICE_KINDS = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'FOREIGN_MINISTER',
  'DEFENCE_MINISTER',
  'SECRETARY_GENERAL',
  'OTHER',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  placeId: string;
  /** English canonical name. */
  name: string;
  kind: 'CITY' | 'COUNTRY' | 'SITE' | 'REGION';
  /** Country id the place lies in, when known. */
  countryId: string | null;
}

export interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  /** Country the actor belongs to (a person's nationality, an organization's seat), when known. */
  countryId: string | null;
}

export function findActorMentions(_text: string, _ctx: ActorContext): ActorMention[] {
  return [];
}

export function findPlaceMentions(_text: string, _ctx: ActorContext): PlaceMention[] {
  return [];
}

/** The actor with this id, from the lexicon. */
export function actorInfo(_id: string): ActorInfo | undefined {
  return undefined;
}

/** Who held an office of a country on a date: `holderOf('FOREIGN_MINISTER', 'russia', '2025-07-31')` → `sergey-lavrov`. */
export function holderOf(_office: OfficeKind, _countryId: string, _date: string): string | undefined {
  return undefined;
}

/** The offices an actor held on a date. */
export function officesOf(_actorId: string, _date: string): { kind: OfficeKind; countryId: string | null }[] {
  return [];
}
