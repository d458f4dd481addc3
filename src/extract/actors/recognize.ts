// From lexicon tokens to actor and place mentions: titles take their country, adjective or
// organization (in the orders each language uses), two titles joined by "and" share one, a title
// next to a name gives that name its office, a title alone resolves to its holder on the date, and
// a title before an unknown name introduces that person. Every step looks only at neighbouring
// tokens, so the whole is linear in the number of tokens.
//
// EXAMPLE (fa): "ولادیمیر پوتین رئیس‌جمهور روسیه"  → Putin (NAME, office HEAD_OF_STATE russia)
// EXAMPLE (ar): "وزير الخارجية السوري أسعد الشيباني" → al-Shaibani (NAME, office FOREIGN_MINISTER syria)
// EXAMPLE (en): "the Russian president" on 2025-01-01 → Putin (TITLE)
// EXAMPLE (fa): "وزیر امور خارجه و وزیر دفاع دولت موقت سوریه" → both titles are Syria's
import type { ActorKind, Language } from '../types.ts';
import type { TitleEntry } from '../lexicon/index.ts';
import type { ActorIndex, Payload } from './build.ts';
import { gapWords, wordsAfter, wordsBefore, type Gap } from './gaps.ts';
import { heldTitle, resolveTitle, type Scope } from './offices.ts';
import { scanTokens, type Token } from './scan.ts';
import { slugify, transliterate } from './transliterate.ts';
import { unknownNameAfter } from './unknown-names.ts';
import type { ActorMention, OfficeKind, PlaceMention } from './types.ts';

interface Tok extends Token {
  actor: { id: string; kind: ActorKind; ambiguous: boolean } | null;
  place: { id: string; ambiguous: boolean } | null;
  adj: string | null;
  title: TitleEntry | null;
  /** A community word ("جامعه", "الجالية", "community"). */
  community: boolean;
  /** Taken by a title phrase as its scope: not a mention of its own. */
  used: boolean;
  /** Given an office by a neighbouring title. */
  office: ActorMention['office'] | null;
  titleSpan: { start: number; end: number } | null;
}

interface Phrase {
  title: TitleEntry;
  start: number;
  end: number;
  first: number;
  last: number;
  scope: Scope | null;
  /** English words that make the title someone else's ("Deputy", "Former"). */
  modifier: string | null;
}

/** How many words back a modifier ("deputy", "معاون") may stand, skipped words included. */
const MODIFIER_LOOKBACK = 3;
const MAX_CONNECTORS = 4;
const APPOSITION_PUNCT = new Set([',', '،', ':']);

function pick(p: readonly Payload[]): Pick<Tok, 'actor' | 'place' | 'adj' | 'title' | 'community'> {
  let actor: Tok['actor'] = null;
  let place: Tok['place'] = null;
  let adj: string | null = null;
  let title: TitleEntry | null = null;
  let community = false;
  for (const x of p) {
    const r = x.ref;
    if (r.t === 'ACTOR' && (actor === null || (actor.ambiguous && !x.ambiguous))) actor = { id: r.id, kind: r.kind, ambiguous: x.ambiguous };
    else if (r.t === 'PLACE' && (place === null || (place.ambiguous && !x.ambiguous))) place = { id: r.id, ambiguous: x.ambiguous };
    else if (r.t === 'ADJ') adj ??= r.countryId;
    else if (r.t === 'TITLE') title ??= r.title;
    else if (r.t === 'COMMUNITY') community = true;
  }
  if (place === null && actor !== null && actor.kind === 'COUNTRY') place = { id: actor.id, ambiguous: actor.ambiguous };
  return { actor, place, adj, title, community };
}

export interface Recognized {
  actors: ActorMention[];
  places: PlaceMention[];
}

export function recognize(idx: ActorIndex, text: string, language: Language, date: string | null): Recognized {
  const { fold, word } = idx;
  const W = idx.words[language];
  const toks: Tok[] = scanTokens(idx, text, language).map((t) => {
    const p = pick(t.payloads);
    return { start: t.start, end: t.end, outerStart: t.outerStart, payloads: t.payloads, actor: p.actor, place: p.place, adj: p.adj, title: p.title, community: p.community, used: false, office: null, titleSpan: null };
  });
  const gap = (from: number, to: number): Gap | null => gapWords(text, from, to, fold, word);
  const only = (g: Gap, allowed: (w: string) => boolean): boolean => g.words.every(allowed);
  const modifierIn = (g: Gap): string | null => {
    for (const w of g.words) {
      const m = W.modifiers.get(w);
      if (m) return m.en;
    }
    return null;
  };
  const isConnector = (w: string): boolean => W.connectors.has(w) || W.modifiers.has(w) || W.government.has(w);

  // 0. Communities of a nationality, optionally with where they live:
  //    "جامعه سوری مقیم روسیه", "الجالية السورية في روسيا", "the Syrian community in Russia".
  const communities: ActorMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.community) continue;
    const k = language === 'en' ? i - 1 : i + 1;
    const a = toks[k];
    if (!a || a.adj === null || a.used) continue;
    const g = language === 'en' ? gap(a.end, t.start) : gap(t.end, a.start);
    const demonym = idx.demonyms.get(a.adj);
    if (!g || g.words.length > 0 || g.punct !== '' || demonym === undefined) continue;
    let end = Math.max(t.end, a.end);
    let where: string | null = null;
    const c = toks[Math.max(i, k) + 1];
    if (c && c.actor?.kind === 'COUNTRY' && !c.used) {
      const cg = gap(end, c.start);
      if (cg && cg.punct === '' && cg.words.length >= 1 && cg.words.length <= 2 && only(cg, (w) => W.residence.has(w))) {
        where = c.actor.id;
        end = c.end;
        c.used = true;
      }
    }
    t.used = true;
    a.used = true;
    const name = `${demonym} community${where ? ` in ${idx.actors.get(where)!.name}` : ''}`;
    const start = Math.min(t.start, a.start);
    communities.push({ start, end, text: text.slice(start, end), actorId: slugify(name), name, kind: 'GROUP', via: 'NAME' });
  }

  // 1. Title phrases.
  const phrases: Phrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.title === null || t.used) continue;
    const title = t.title;
    const ph: Phrase = {
      title,
      start: t.start,
      end: t.end,
      first: i,
      last: i,
      scope: title.countryId ? { countryId: title.countryId, orgId: null } : title.orgId ? { countryId: null, orgId: title.orgId } : null,
      modifier: null,
    };
    const next = toks[i + 1];
    if (ph.scope === null && next && next.title === null) {
      const g = gap(t.end, next.start);
      if (g && g.punct === '' && g.words.length <= MAX_CONNECTORS && only(g, isConnector)) {
        const en = language === 'en';
        const hasOf = g.words.includes('of');
        let scope: Scope | null = null;
        if (next.actor?.kind === 'COUNTRY' && (!en || hasOf)) scope = { countryId: next.actor.id, orgId: null };
        else if (next.adj !== null && !en) scope = { countryId: next.adj, orgId: null };
        else if (next.actor?.kind === 'ORGANIZATION' && (!en || hasOf)) scope = { countryId: null, orgId: next.actor.id };
        else if (next.actor?.kind === 'PERSON' && g.words.some((w) => W.government.has(w))) {
          // "وزیر خارجه دولت الجولانی": the country of the government the person heads.
          const headed = idx.holdsByActor.get(next.actor.id)?.find((h) => h.kinds.includes('HEAD_OF_STATE') || h.kinds.includes('HEAD_OF_GOVERNMENT'));
          const cid = headed?.countryId ?? idx.actors.get(next.actor.id)?.countryId ?? null;
          if (cid !== null) scope = { countryId: cid, orgId: null };
        }
        if (scope !== null) {
          ph.scope = scope;
          ph.end = next.end;
          ph.last = i + 1;
          ph.modifier = modifierIn(g);
        }
      }
    }
    const prev = toks[i - 1];
    // A title that implies its country still owns a neighbour naming it: "U.S. Secretary of State", "الكرملين".
    if (ph.scope !== null && ph.scope.countryId !== null && language === 'en' && prev && !prev.used && prev.title === null) {
      const g = gap(prev.end, t.start);
      const names = prev.adj === ph.scope.countryId || (prev.actor?.kind === 'COUNTRY' && prev.actor.id === ph.scope.countryId);
      if (names && g && g.punct === '' && g.words.length <= MAX_CONNECTORS && only(g, isConnector)) {
        ph.start = prev.start;
        ph.first = i - 1;
        ph.modifier = modifierIn(g);
      }
    }
    if (ph.scope === null && language === 'en' && prev && !prev.used && prev.title === null) {
      const g = gap(prev.end, t.start);
      if (g && g.punct === '' && g.words.length <= MAX_CONNECTORS && only(g, isConnector)) {
        let scope: Scope | null = null;
        if (prev.adj !== null) scope = { countryId: prev.adj, orgId: null };
        else if (prev.actor?.kind === 'COUNTRY') scope = { countryId: prev.actor.id, orgId: null };
        else if (prev.actor?.kind === 'ORGANIZATION') scope = { countryId: null, orgId: prev.actor.id };
        if (scope !== null) {
          ph.scope = scope;
          ph.start = prev.start;
          ph.first = i - 1;
          ph.modifier = modifierIn(g);
        }
      }
    }
    if (ph.title.needsScope && ph.scope === null) continue;
    // Modifiers around the phrase: "معاون وزیر خارجه", "نائب وزير الخارجية", "the former president", "president-elect".
    if (ph.modifier === null) {
      for (const b of wordsBefore(text, ph.start, MODIFIER_LOOKBACK, fold, word)) {
        let w = b.word;
        if (language === 'ar' && !W.modifiers.has(w) && w.length > 3 && 'وف'.includes(w[0]!)) w = w.slice(1);
        const m = W.modifiers.get(w);
        if (m && m.position === 'before') {
          ph.modifier = m.en;
          ph.start = b.start + (w === b.word ? 0 : 1);
          break;
        }
        if (!W.modifierSkips.has(w)) break;
      }
    }
    if (ph.modifier === null) {
      const after = wordsAfter(text, ph.end, 2, fold, word);
      const a0 = after[0];
      const a = a0 && (a0.word === "'s" || a0.word === "'") ? after[1] : a0;
      const m = a ? W.modifiers.get(a.word) : undefined;
      if (m && (m.position === 'after' || a !== a0)) ph.modifier = m.en;
    }
    for (let k = ph.first; k <= ph.last; k++) if (k !== i) toks[k]!.used = true;
    phrases.push(ph);
  }

  // 2. Two titles joined by "and" share the second one's country: "وزیر امور خارجه و وزیر دفاع سوریه".
  for (let k = phrases.length - 2; k >= 0; k--) {
    const a = phrases[k]!;
    const b = phrases[k + 1]!;
    if (a.scope !== null || b.scope === null || b.first !== a.last + 1) continue;
    const g = gap(a.end, toks[b.first]!.start);
    if (g && g.words.length === 1 && W.conjunctions.has(g.words[0]!) && [...g.punct].every((c) => APPOSITION_PUNCT.has(c))) a.scope = b.scope;
    else if (g && g.words.length === 0 && [...g.punct].every((c) => c === ',' || c === '،')) a.scope = b.scope;
  }

  // 3. Names next to titles, titles resolved to holders, titled unknown people.
  const out: ActorMention[] = communities;
  const attachedPeople = new Set<number>();
  for (const ph of phrases) {
    const { title } = ph;
    const role = ph.modifier !== null ? `${ph.modifier} ${title.role}` : title.role;
    const officeFor = (kind: OfficeKind, scope: Scope | null): NonNullable<ActorMention['office']> => ({
      kind: ph.modifier !== null ? 'OTHER' : kind,
      countryId: scope?.countryId ?? null,
      ...(scope?.orgId ? { orgId: scope.orgId } : {}),
      title: role,
    });
    const person = (k: number): Tok | null => {
      const t = toks[k];
      return t && t.actor?.kind === 'PERSON' && !t.used && !attachedPeople.has(k) ? t : null;
    };
    // Held at the date, in the phrase's scope: who the title is about when two names stand around it.
    const holdsIt = (t: Tok): boolean => ph.modifier === null && ph.scope !== null && heldTitle(idx, t.actor!.id, title, ph.scope, date) !== null;
    let chosen = -1;
    const afterTok = person(ph.last + 1);
    if (afterTok) {
      const g = gap(ph.end, afterTok.start);
      // Honorifics and connectors may stand between: "رئيس سوريا الجديد أحمد الشرع", "الشيخ".
      const plain = g !== null && g.punct === '' && g.words.length <= MAX_CONNECTORS && only(g, (w) => W.honorifics.has(w) || W.connectors.has(w));
      // Or an apposition between commas: "Syria's new president, Ahmed al-Sharaa, said".
      const enclosed =
        g !== null && g.words.length === 0 && (g.punct === ',' || g.punct === '،') && /^\s*[,،.:;)]/.test(text.slice(afterTok.end, afterTok.end + 3));
      if (plain || enclosed) chosen = ph.last + 1;
    }
    const beforeTok = person(ph.first - 1);
    if (beforeTok) {
      const g = gap(beforeTok.end, ph.start);
      const ok =
        g !== null &&
        [...g.punct].every((c) => APPOSITION_PUNCT.has(c)) &&
        g.punct.length <= 1 &&
        only(g, (w) => language === 'en' && w === 'the');
      if (ok && (chosen < 0 || (holdsIt(beforeTok) && !holdsIt(toks[chosen]!)))) chosen = ph.first - 1;
    }
    if (chosen >= 0) {
      const t = toks[chosen]!;
      attachedPeople.add(chosen);
      const held = heldTitle(idx, t.actor!.id, title, ph.scope, date) ?? (ph.scope === null ? heldTitle(idx, t.actor!.id, title, null, null) : null);
      const scope = ph.scope ?? held?.scope ?? { countryId: idx.actors.get(t.actor!.id)?.countryId ?? null, orgId: null };
      t.office = officeFor(held?.kind ?? title.office, scope);
      t.titleSpan = { start: ph.start, end: ph.end };
      continue;
    }
    const limit = toks[ph.last + 1]?.start ?? text.length;
    const mayIntroduce = language === 'en' || ph.scope !== null || title.specific || ph.modifier !== null;
    const unknown = mayIntroduce ? unknownNameAfter(text, ph.end, limit, language, W, fold, word) : null;
    const holder = ph.modifier === null && ph.scope !== null && date !== null ? resolveTitle(idx, title, ph.scope, date) : undefined;
    if (holder !== undefined && !(unknown && language === 'en')) {
      const info = idx.actors.get(holder.actorId)!;
      out.push({
        start: ph.start,
        end: ph.end,
        text: text.slice(ph.start, ph.end),
        actorId: info.id,
        name: info.name,
        kind: info.kind,
        via: 'TITLE',
        office: officeFor(holder.kind, ph.scope),
        titleSpan: { start: ph.start, end: ph.end },
      });
      continue;
    }
    if (unknown) {
      const surface = text.slice(unknown.start, unknown.end);
      const name = language === 'en' ? surface.replace(/\s+/g, ' ') : transliterate(surface, language);
      const id = slugify(name);
      if (id === '') continue;
      const known = idx.actors.get(id);
      out.push({
        start: unknown.start,
        end: unknown.end,
        text: surface,
        actorId: id,
        name: known?.name ?? name,
        kind: known?.kind ?? 'PERSON',
        via: known ? 'NAME' : 'TITLED_UNKNOWN',
        office: officeFor(title.office, ph.scope),
        titleSpan: { start: ph.start, end: ph.end },
      });
    }
  }

  // 4. Name mentions; ambiguous forms count next to a title or when the entity is also named plainly.
  const plain = new Set<string>(out.map((m) => m.actorId));
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.used || t.actor === null) continue;
    if (!t.actor.ambiguous || attachedPeople.has(k)) plain.add(t.actor.id);
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.used || t.actor === null) continue;
    if (t.actor.ambiguous && !attachedPeople.has(k) && !plain.has(t.actor.id)) continue;
    const info = idx.actors.get(t.actor.id)!;
    const m: ActorMention = { start: t.start, end: t.end, text: text.slice(t.start, t.end), actorId: info.id, name: info.name, kind: info.kind, via: 'NAME' };
    if (t.office) m.office = t.office;
    if (t.titleSpan) m.titleSpan = t.titleSpan;
    if (t.actor.ambiguous) m.ambiguous = true;
    out.push(m);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);

  // 5. Places: cities, sites, regions and countries not taken by a title or a person.
  const placeIds = new Set<string>();
  for (const t of toks) if (!t.used && t.place && !t.place.ambiguous && t.actor?.kind !== 'PERSON') placeIds.add(t.place.id);
  const places: PlaceMention[] = [];
  for (const t of toks) {
    if (t.used || t.place === null || t.actor?.kind === 'PERSON' || t.actor?.kind === 'ORGANIZATION') continue;
    if (t.place.ambiguous && !placeIds.has(t.place.id)) continue;
    const info = idx.places.get(t.place.id)!;
    places.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), placeId: info.id, name: info.name, kind: info.kind, countryId: info.countryId });
  }
  return { actors: out, places };
}
