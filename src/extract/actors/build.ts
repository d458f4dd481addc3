// Builds, once and lazily, everything the recognizer needs from the lexicon: the trie of folded
// forms (with the glued variants of Persian and Arabic multi-word forms), the actor and place
// tables, the office tenures and the word lists of the title grammar.
//
// EXAMPLE: "رئیس جمهور" is indexed as "رئیس جمهور" and "رئیسجمهور" (a lost ZWNJ glues the words).
import type { ActorKind, Language } from '../types.ts';
import { getLexicon, parseForm, type Forms, type OfficeKind, type TitleEntry } from '../lexicon/index.ts';
import { normalizeForm } from '../normalize.ts';
import { foldString, foldTable, wordChars } from './fold.ts';
import { Trie } from './trie.ts';

export const LANG_BIT: Readonly<Record<Language, number>> = { fa: 1, ar: 2, en: 4 };

export type EntryRef =
  | { t: 'ACTOR'; id: string; kind: ActorKind }
  | { t: 'PLACE'; id: string }
  | { t: 'ADJ'; countryId: string }
  | { t: 'TITLE'; title: TitleEntry }
  | { t: 'COMMUNITY' };

export interface Payload {
  ref: EntryRef;
  /** Languages the form is listed under (LANG_BIT mask). */
  langs: number;
  ambiguous: boolean;
  /** The form as written, when its capitals must be capitals in the text ("US" is not "us"). */
  caseForm: string | null;
}

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind;
  countryId: string | null;
  media: boolean;
}

export interface PlaceRecord {
  id: string;
  name: string;
  kind: 'CITY' | 'COUNTRY' | 'SITE' | 'REGION';
  countryId: string | null;
  within: string | null;
}

export interface OfficeHold {
  actorId: string;
  kinds: readonly OfficeKind[];
  countryId: string | null;
  orgId: string | null;
  from: string;
  to: string | null;
  title: string | null;
}

export interface WordSets {
  connectors: Set<string>;
  honorifics: Set<string>;
  conjunctions: Set<string>;
  government: Set<string>;
  stopwords: Set<string>;
  particles: Set<string>;
  modifierSkips: Set<string>;
  residence: Set<string>;
  /** Folded modifier word → English word and where it stands. */
  modifiers: Map<string, { en: string; position: 'before' | 'after' }>;
}

export interface ActorIndex {
  trie: Trie<Payload>;
  actors: Map<string, ActorRecord>;
  places: Map<string, PlaceRecord>;
  /** Office tenures by the country or organization id they belong to. */
  holdsByScope: Map<string, OfficeHold[]>;
  holdsByActor: Map<string, OfficeHold[]>;
  words: Record<Language, WordSets>;
  /** English adjective of each country ("Syrian"), for community names. */
  demonyms: Map<string, string>;
  fold: Uint16Array;
  word: Uint8Array;
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const UPPER = /\p{Lu}/u;
const LANGS: readonly Language[] = ['fa', 'ar', 'en'];

/** The spaced form and, for a Persian/Arabic multi-word form, every way of gluing its words. */
export function formVariants(normalized: string): string[] {
  const words = normalized.split(' ');
  if (words.length < 2 || !ARABIC_SCRIPT.test(normalized)) return [normalized];
  if (words.length > 5) return [normalized, words.join('')];
  const out: string[] = [];
  const gaps = words.length - 1;
  for (let mask = 0; mask < 1 << gaps; mask++) {
    let s = words[0]!;
    for (let g = 0; g < gaps; g++) s += (mask & (1 << g) ? '' : ' ') + words[g + 1]!;
    out.push(s);
  }
  return out;
}

function refKey(ref: EntryRef): string {
  switch (ref.t) {
    case 'ACTOR':
      return `A:${ref.id}`;
    case 'PLACE':
      return `P:${ref.id}`;
    case 'ADJ':
      return `J:${ref.countryId}`;
    case 'TITLE':
      return `T:${ref.title.id}`;
    case 'COMMUNITY':
      return 'C';
  }
}

function addForms(trie: Trie<Payload>, forms: Forms, ref: EntryRef): void {
  for (const lang of LANGS) {
    for (const raw of forms[lang]) {
      const { form, ambiguous } = parseForm(raw);
      const normalized = normalizeForm(form);
      if (normalized === '') continue;
      const caseForm = lang === 'en' && UPPER.test(normalized) ? normalized : null;
      for (const variant of formVariants(normalized)) {
        const folded = foldString(variant);
        if (folded === '') continue;
        const payload: Payload = { ref, langs: LANG_BIT[lang], ambiguous, caseForm };
        trie.add(folded, payload, (a, b) => {
          if (refKey(a.ref) !== refKey(b.ref) || a.ambiguous !== b.ambiguous || a.caseForm !== b.caseForm) return false;
          a.langs |= b.langs;
          return true;
        });
      }
    }
  }
}

function wordSet(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => foldString(normalizeForm(w))).filter((w) => w !== ''));
}

function buildIndex(): ActorIndex {
  const lex = getLexicon();
  const trie = new Trie<Payload>();
  const actors = new Map<string, ActorRecord>();
  const places = new Map<string, PlaceRecord>();
  const holdsByScope = new Map<string, OfficeHold[]>();
  const holdsByActor = new Map<string, OfficeHold[]>();

  for (const c of lex.countries) {
    actors.set(c.id, { id: c.id, name: c.name, kind: 'COUNTRY', countryId: c.id, media: false });
    places.set(c.id, { id: c.id, name: c.name, kind: 'COUNTRY', countryId: c.id, within: null });
    addForms(trie, c.forms, { t: 'ACTOR', id: c.id, kind: 'COUNTRY' });
    addForms(trie, c.adjectives, { t: 'ADJ', countryId: c.id });
  }
  for (const o of lex.organizations) {
    actors.set(o.id, { id: o.id, name: o.name, kind: 'ORGANIZATION', countryId: o.countryId, media: o.media === true });
    addForms(trie, o.forms, { t: 'ACTOR', id: o.id, kind: 'ORGANIZATION' });
  }
  for (const g of lex.groups) {
    actors.set(g.id, { id: g.id, name: g.name, kind: 'GROUP', countryId: null, media: false });
    addForms(trie, g.forms, { t: 'ACTOR', id: g.id, kind: 'GROUP' });
  }
  for (const p of lex.people) {
    actors.set(p.id, { id: p.id, name: p.name, kind: 'PERSON', countryId: p.countryId, media: false });
    addForms(trie, p.forms, { t: 'ACTOR', id: p.id, kind: 'PERSON' });
    for (const o of p.offices) {
      const hold: OfficeHold = {
        actorId: p.id,
        kinds: Array.isArray(o.office) ? o.office : [o.office],
        countryId: o.countryId ?? null,
        orgId: o.orgId ?? null,
        from: o.from,
        to: o.to,
        title: o.title ?? null,
      };
      const scope = hold.countryId ?? hold.orgId!;
      (holdsByScope.get(scope) ?? holdsByScope.set(scope, []).get(scope)!).push(hold);
      (holdsByActor.get(p.id) ?? holdsByActor.set(p.id, []).get(p.id)!).push(hold);
    }
  }
  for (const pl of lex.places) {
    places.set(pl.id, { id: pl.id, name: pl.name, kind: pl.kind, countryId: pl.countryId, within: pl.within ?? null });
    addForms(trie, pl.forms, { t: 'PLACE', id: pl.id });
  }
  for (const t of lex.titles) addForms(trie, t.forms, { t: 'TITLE', title: t });
  addForms(trie, lex.words.community, { t: 'COMMUNITY' });

  const demonyms = new Map<string, string>();
  for (const c of lex.countries) {
    const adj = c.adjectives.en.find((a) => /[a-z]/.test(a));
    if (adj) demonyms.set(c.id, adj);
  }
  const w = lex.words;
  const words = {} as Record<Language, WordSets>;
  for (const lang of LANGS) {
    const modifiers = new Map<string, { en: string; position: 'before' | 'after' }>();
    for (const m of w.modifiers) {
      for (const f of m.forms[lang]) {
        const folded = foldString(normalizeForm(f));
        if (folded !== '') modifiers.set(folded, { en: m.en, position: m.position });
      }
    }
    words[lang] = {
      connectors: wordSet(w.connectors[lang]),
      honorifics: wordSet(w.honorifics[lang]),
      conjunctions: wordSet(w.conjunctions[lang]),
      government: wordSet(w.government[lang]),
      stopwords: wordSet(w.stopwords[lang]),
      particles: wordSet(w.particles[lang]),
      modifierSkips: wordSet(w.modifierSkips[lang]),
      residence: wordSet(w.residence[lang]),
      modifiers,
    };
  }
  return { trie, actors, places, holdsByScope, holdsByActor, words, demonyms, fold: foldTable(), word: wordChars() };
}

let index: ActorIndex | undefined;

/** The recognizer's index, built on first use. */
export function getActorIndex(): ActorIndex {
  index ??= buildIndex();
  return index;
}
