// Types of the actor and place recognizer (re-exported by ./index.ts, which is the contract).
import type { ActorKind, Language } from '../types.ts';
import type { OfficeKind, PlaceKind } from '../lexicon/index.ts';

export type { OfficeKind, PlaceKind } from '../lexicon/index.ts';

export interface ActorContext {
  language: Language;
  /** `YYYY-MM-DD` used to resolve titles ("the Russian president") to their holder; null: today's lexicon view is not assumed, titles stay unresolved. */
  date: string | null;
}

/** An office as a mention carries it: the kind, its country (or organization), and the English title. */
export interface MentionOffice {
  kind: OfficeKind;
  countryId: string | null;
  /** Set for offices of an organization ("الأمين العام للأمم المتحدة" → `un`); countryId is then null. */
  orgId?: string;
  /** English title as the text gives it, with its modifier: "Foreign Minister", "Deputy Prime Minister". */
  title?: string;
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
  office?: MentionOffice;
  /** The title phrase that gave the office (for TITLE mentions, the mention itself). */
  titleSpan?: { start: number; end: number };
  /** The form is ambiguous on its own ("الأسد") and was kept because of its context. */
  ambiguous?: boolean;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  placeId: string;
  /** English canonical name. */
  name: string;
  kind: PlaceKind;
  /** Country id the place lies in, when known. */
  countryId: string | null;
}

export interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  /** Country the actor belongs to (a person's nationality, an organization's seat), when known. */
  countryId: string | null;
  /** Set (true) on news agencies, broadcasters and newspapers. */
  media?: true;
}

export interface PlaceInfo {
  id: string;
  name: string;
  kind: PlaceKind;
  countryId: string | null;
  /** The place a site lies in (the Kremlin → moscow). */
  within: string | null;
}

export interface HeldOffice {
  kind: OfficeKind;
  countryId: string | null;
  orgId?: string;
  title?: string;
}
