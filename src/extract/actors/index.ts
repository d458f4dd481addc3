// Actors and places: lexicon look-up over a (normalized) text with one automaton pass,
// titles resolved to their holder at the article's date, and titled people missing from
// the lexicon kept with a best-effort English name.
//
// EXAMPLE: findActorMentions("وزير الخارجية الروسي سيرغي لافروف", { language: 'ar', date: '2025-01-01' })
//   → [{ actorId: 'sergey-lavrov', via: 'NAME', office: { kind: 'FOREIGN_MINISTER', countryId: 'russia' }, … }]
// The lexicon is validated and the trie built on the first call (tens of milliseconds), then reused.
import { getActorIndex } from './build.ts';
import { assertDate, heldOn, holderIn } from './offices.ts';
import { recognize, type Recognized } from './recognize.ts';
import type { ActorContext, ActorInfo, ActorMention, HeldOffice, OfficeKind, PlaceInfo, PlaceMention } from './types.ts';
import { LANGUAGES } from '../types.ts';

export { OFFICE_KINDS, PLACE_KINDS } from '../lexicon/index.ts';
export type { ActorContext, ActorInfo, ActorMention, HeldOffice, MentionOffice, OfficeKind, PlaceInfo, PlaceKind, PlaceMention } from './types.ts';
export { transliterate, slugify } from './transliterate.ts';

// One-entry memo: the pipeline asks for actors and places of the same text one after the other.
let last: { text: string; language: string; date: string | null; result: Recognized } | undefined;

function checkContext(text: string, ctx: ActorContext): void {
  if (typeof text !== 'string') throw new TypeError(`Expected text to be a string, got ${typeof text}`);
  if (!ctx || !(LANGUAGES as readonly string[]).includes(ctx.language)) {
    throw new TypeError(`Expected ctx.language to be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(ctx?.language)}`);
  }
  if (ctx.date !== null) assertDate(ctx.date, 'ctx.date');
}

/** Actor and place mentions of a text in one pass (what the two functions below share). */
export function findMentions(text: string, ctx: ActorContext): Recognized {
  checkContext(text, ctx);
  if (last && last.text === text && last.language === ctx.language && last.date === ctx.date) return last.result;
  const result = recognize(getActorIndex(), text, ctx.language, ctx.date);
  last = { text, language: ctx.language, date: ctx.date, result };
  return result;
}

/** Actor mentions, sorted by start; offsets into `text`. */
export function findActorMentions(text: string, ctx: ActorContext): ActorMention[] {
  return findMentions(text, ctx).actors;
}

/** Place mentions (cities, sites, regions, countries), sorted by start; offsets into `text`. */
export function findPlaceMentions(text: string, ctx: ActorContext): PlaceMention[] {
  return findMentions(text, ctx).places;
}

/** The actor with this id, from the lexicon. */
export function actorInfo(id: string): ActorInfo | undefined {
  const a = getActorIndex().actors.get(id);
  return a ? { id: a.id, name: a.name, kind: a.kind, countryId: a.countryId, ...(a.media ? { media: true as const } : {}) } : undefined;
}

/** The place with this id (countries included), from the lexicon. */
export function placeInfo(id: string): PlaceInfo | undefined {
  const p = getActorIndex().places.get(id);
  return p ? { ...p } : undefined;
}

/** Who held an office of a country (or organization: `un`, `arab-league`) on a date: `holderOf('FOREIGN_MINISTER', 'russia', '2025-07-01')` → `sergey-lavrov`. */
export function holderOf(office: OfficeKind, countryId: string, date: string): string | undefined {
  assertDate(date, 'date');
  return holderIn(getActorIndex(), office, countryId, date);
}

/** The offices an actor held on a date. */
export function officesOf(actorId: string, date: string): HeldOffice[] {
  assertDate(date, 'date');
  const out: HeldOffice[] = [];
  for (const h of getActorIndex().holdsByActor.get(actorId) ?? []) {
    if (!heldOn(h, date)) continue;
    for (const kind of h.kinds) {
      out.push({ kind, countryId: h.countryId, ...(h.orgId ? { orgId: h.orgId } : {}), ...(h.title ? { title: h.title } : {}) });
    }
  }
  return out;
}

/** Every tenure of an actor in the lexicon, for the graph's HELD_ROLE edges; `to` null while in office. */
export interface Tenure extends HeldOffice {
  from: string;
  to: string | null;
}

export function tenuresOf(actorId: string): Tenure[] {
  const out: Tenure[] = [];
  for (const h of getActorIndex().holdsByActor.get(actorId) ?? []) {
    for (const kind of h.kinds) {
      out.push({ kind, countryId: h.countryId, ...(h.orgId ? { orgId: h.orgId } : {}), ...(h.title ? { title: h.title } : {}), from: h.from, to: h.to });
    }
  }
  return out;
}
