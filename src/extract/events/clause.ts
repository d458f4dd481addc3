// What the triggers of one clause share: its actors, places, dates, zones and phrases, and the
// participant look-ups every trigger makes (a noun's complements, subject groups, speakers,
// relative heads, counterparts, places). detect.ts builds the mentions from these.
import type { ActorMention, PlaceMention } from '../actors/index.ts';
import type { DateMention } from '../time/index.ts';
import type { CompiledVocabulary } from './compiled.ts';
import { groupActors, phraseAt } from './phrases.ts';
import type { Clause, EventContext, Phrase, Zone } from './types.ts';
import { findCues, mayMatch, type CueMatcher, type TriggerMatch } from './vocabulary.ts';
import { within, zoneAt } from './zones.ts';

/** Event nouns take the actors that follow within this many characters ("زيارة بوتين"). */
const NOUN_COMPLEMENT_GAP = 24;

export const isPerson = (m: ActorMention): boolean => m.kind === 'PERSON';

export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** The cue lists of a compiled vocabulary. */
export type CueList = {
  [K in keyof CompiledVocabulary]: CompiledVocabulary[K] extends CueMatcher ? K : never;
}[keyof CompiledVocabulary];

export class ClauseContext {
  private readonly cueCache = new Map<CueList, { start: number; end: number }[]>();
  readonly ctx: EventContext;
  readonly v: CompiledVocabulary;
  readonly clause: Clause;
  readonly actors: readonly ActorMention[];
  readonly places: readonly PlaceMention[];
  readonly dates: readonly DateMention[];
  readonly triggers: readonly TriggerMatch[];
  readonly zones: readonly Zone[];
  readonly phrases: readonly Phrase[];
  readonly carried: readonly string[];
  readonly lastParties: () => readonly string[];
  /** Actors right after each event noun (its complements). */
  readonly complements: ActorMention[][];

  constructor(
    ctx: EventContext,
    v: CompiledVocabulary,
    clause: Clause,
    actors: readonly ActorMention[],
    places: readonly PlaceMention[],
    dates: readonly DateMention[],
    triggers: readonly TriggerMatch[],
    zones: readonly Zone[],
    phrases: readonly Phrase[],
    carried: readonly string[],
    lastParties: () => readonly string[],
  ) {
    this.ctx = ctx;
    this.v = v;
    this.clause = clause;
    this.actors = actors;
    this.places = places;
    this.dates = dates;
    this.triggers = triggers;
    this.zones = zones;
    this.phrases = phrases;
    this.carried = carried;
    this.lastParties = lastParties;
    this.complements = triggers.map((t) => this.nounComplements(t));
  }

  protected text(start: number, end: number): string {
    return this.ctx.text.slice(start, end);
  }

  /** Cue matches of a list inside [start, end): the clause is scanned once per list (profiled: the hot path). */
  protected cues(list: CueList, start = this.clause.start, end = this.clause.end): { start: number; end: number }[] {
    let all = this.cueCache.get(list);
    if (!all) {
      all = findCues(this.v[list], this.ctx.text, this.clause.start, this.clause.end);
      this.cueCache.set(list, all);
    }
    return all.filter((c) => c.start >= start && c.end <= end);
  }

  /**
   * The noun's own participants: actors right after it ("سفر ابومحمد الجولانی", "قمة بين روسيا
   * وأعضاء الدول العرب"; one adjective may come first in fa/ar: "مذاکرات غیرمستقیم ایران و آمریکا"),
   * and in English the actors right before it ("the African Union summit", "Putin's visit").
   */
  protected nounComplements(t: TriggerMatch): ActorMention[] {
    if (t.entry.pos !== 'NOUN') return [];
    const out: ActorMention[] = [];
    let from = t.end;
    let freeWords = this.ctx.language === 'en' ? 0 : 1;
    for (const a of this.actors) {
      // An actor overlapping the trigger's end is its complement ("گفت‌وگو با [شبکه] الجزیره").
      if (a.start < t.end && a.end > t.end && out.length === 0) {
        out.push(a);
        from = a.end;
        freeWords = 0;
        continue;
      }
      if (a.start < from) continue;
      const gap = this.text(from, a.start);
      if (a.start - from > NOUN_COMPLEMENT_GAP || /[.:؛;،,!?؟«»"“”]/u.test(gap.replace(/^[\s،,]+/u, out.length > 0 ? '' : 'x'))) break;
      const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
      const unknown = words.filter((w) => !this.isLinkWord(w));
      if (unknown.length > (out.length === 0 ? freeWords : 0)) break;
      // A second complement is joined ("ایران و آمریکا", "روسيا-أراب"); "الجزیره قطر" is one name and its country.
      if (out.length > 0 && !/[،,\-–&]|(?:^|\s)(?:و|and|between|بین|میان|بين)(?:\s|$)|(?:^|\s)و(?=\p{L})/u.test(gap)) break;
      if (this.triggers.some((o) => o.start >= from && o.start < a.start)) break;
      if (this.phrases.some((p) => p.start >= from && p.start < a.start)) break;
      out.push(a);
      from = a.end;
      freeWords = 0;
    }
    if (this.ctx.language === 'en') {
      let to = t.start;
      for (let k = this.actors.length - 1; k >= 0; k--) {
        const a = this.actors[k]!;
        if (a.end > to) continue;
        if (!/^(?:\s*(?:'s|’s)?\s*|\s*[-–]\s*|\s+and\s+)$/iu.test(this.text(a.end, to))) break;
        out.unshift(a);
        to = a.start;
      }
    }
    return out;
  }

  /** Demonyms next to a summit noun: "القمة العربية الصينية" → arab-states, china; "the Arab-China summit". */
  protected nounDemonyms(t: TriggerMatch): string[] {
    const out: string[] = [];
    const words = this.ctx.language === 'en'
      ? (this.text(Math.max(this.clause.start, t.start - 40), t.start).match(/[\p{L}.]+/gu) ?? []).reverse()
      : this.text(t.end, Math.min(this.clause.end, t.end + 40)).match(/[\p{L}]+/gu) ?? [];
    for (const w of words) {
      const country = this.v.demonymPattern.test(w) ? this.v.demonymCountry(w) : undefined;
      if (!country) {
        if (out.length > 0 || !this.isLinkWord(w)) break;
        continue;
      }
      out.push(country);
    }
    return unique(out);
  }

  protected isLinkWord(w: string): boolean {
    if (/^(و|and|of|the|by|between|بین|میان|بين)$/iu.test(w)) return true;
    if (/^و/u.test(w) && this.v.language === 'ar') return true; // "وأعضاء"
    return this.v.nounLinkWords.has(w.toLowerCase());
  }

  /** Actors that belong to some other trigger's phrase or noun, or to an attribution or topic. */
  protected claimedExcept(i: number): Set<ActorMention> {
    const claimed = new Set<ActorMention>();
    for (const a of this.actors) {
      const p = phraseAt(this.phrases, a.start, a.end);
      if (!p) continue;
      if (p.kind === 'ATTRIBUTION' || p.kind === 'TOPIC') claimed.add(a);
      else if (p.trigger !== i) claimed.add(a);
    }
    this.complements.forEach((list, j) => {
      if (j !== i) for (const a of list) claimed.add(a);
    });
    return claimed;
  }

  /** Positions the trigger may take actors and dates from: its zone, and relative clauses it owns. */
  protected inOwnArea(i: number, x: { start: number; end: number }): boolean {
    const t = this.triggers[i]!;
    const tz = zoneAt(this.zones, t.start, t.end);
    const xz = zoneAt(this.zones, x.start, x.end);
    if (xz === tz) return true;
    const z = this.zones[xz]!;
    return z.kind === 'RELATIVE' && z.ownerTrigger === i && within(this.zones, xz, tz);
  }

  /** The persons the clause's main zone is about: its subject, carried to the next sentences. */
  mainSubject(): string[] {
    const claimed = new Set<ActorMention>();
    for (const a of this.actors) if (phraseAt(this.phrases, a.start, a.end)) claimed.add(a);
    for (const list of this.complements) for (const a of list) claimed.add(a);
    const main = this.actors.filter((a) => zoneAt(this.zones, a.start, a.end) === 0 && !claimed.has(a) && isPerson(a));
    const first = groupActors(this.ctx.text, main)[0] ?? [];
    return unique(first.map((a) => a.actorId));
  }

  /** The speaker of a quote or reported speech: the subject before it in the enclosing zone. */
  protected speakerOf(zoneIndex: number): string[] {
    const z = this.zones[zoneIndex]!;
    const parent = z.parent < 0 ? 0 : z.parent;
    const before = this.actors.filter(
      (a) => a.end <= z.start && zoneAt(this.zones, a.start, a.end) === parent && isPerson(a) && !this.inAttributionOrTopic(a),
    );
    const groups = groupActors(this.ctx.text, before);
    const last = groups[groups.length - 1];
    if (last) return unique(last.map((a) => a.actorId));
    if (parent !== 0) return this.speakerOf(parent);
    return this.delegationOrCarried();
  }

  protected inAttributionOrTopic(a: ActorMention): boolean {
    const p = phraseAt(this.phrases, a.start, a.end);
    return p !== undefined && (p.kind === 'ATTRIBUTION' || p.kind === 'TOPIC');
  }

  protected delegationOrCarried(): string[] {
    return [...this.carried];
  }

  /** Head of a relative clause: the actors right before its marker ("اسعد الشیبانی که …"). */
  protected relativeHead(zoneIndex: number): string[] {
    const z = this.zones[zoneIndex]!;
    const before = this.actors.filter((a) => a.end <= z.start && z.start - a.end <= 3);
    if (before.length > 0) {
      const groups = groupActors(this.ctx.text, this.actors.filter((a) => a.end <= z.start));
      const last = groups[groups.length - 1] ?? [];
      return unique(last.map((a) => a.actorId));
    }
    return [];
  }

  /** "a summit", Arabic "قمة" without ال: an event told for the first time, not "the summit" told before. */
  protected isIndefinite(t: TriggerMatch): boolean {
    if (this.ctx.language === 'en') return /(?:^|\s)(?:a|an)\s+(?:\p{L}+\s+)?$/iu.test(this.text(Math.max(this.clause.start, t.start - 20), t.start));
    if (this.ctx.language === 'ar') return !/^(?:[وف])?(?:بال|کال|ال|لل)/u.test(this.text(t.start, t.end));
    return false;
  }

  /** Actors after "بمشاركة", "با حضور", "attended by" in the trigger's own area. */
  protected participants(i: number): string[] {
    const out: string[] = [];
    for (const c of this.cues('participation')) {
      if (!this.inOwnArea(i, c)) continue;
      const end = Math.min(this.clause.end, c.end + 90);
      for (const a of this.actors) if (a.start >= c.end && a.end <= end && this.inOwnArea(i, a)) out.push(a.actorId);
    }
    return unique(out);
  }

  /** Subjects: the nearest group of actors before the trigger (and after a verb in ar/en). */
  protected subjectGroups(t: TriggerMatch, candidates: readonly ActorMention[]): string[] {
    // Grouped on each side separately: a group never reaches over its own trigger.
    const before = groupActors(this.ctx.text, candidates.filter((a) => a.end <= t.start));
    const after = groupActors(this.ctx.text, candidates.filter((a) => a.start >= t.end));
    const pick = (list: ActorMention[][]): ActorMention[] | undefined => list.find((g) => g.some(isPerson)) ?? list[0];
    const out: string[] = [];
    const b = pick([...before].reverse());
    if (b) out.push(...b.map((a) => a.actorId));
    if (this.ctx.language !== 'fa' && (t.entry.pos === 'VERB' || !b)) {
      const a = pick(after);
      if (a) out.push(...a.map((x) => x.actorId));
      // Arabic verb first: subject, then object ("يستقبل السيسي … المبعوث الأمريكي ستيف ويتكوف").
      const second = this.ctx.language === 'ar' && !b && a && t.entry.pos === 'VERB' ? after[after.indexOf(a) + 1] : undefined;
      if (second && second.some(isPerson)) out.push(...second.map((x) => x.actorId));
    }
    return unique(out);
  }

  protected inSinceZoneOutside(a: ActorMention, triggerZone: number): boolean {
    const z = zoneAt(this.zones, a.start, a.end);
    return this.zones[z]!.kind === 'SINCE' && z !== triggerZone;
  }

  /** "توافق کردیم", "اتفقنا", "we agreed": first-person forms. */
  protected isFirstPerson(t: TriggerMatch): boolean {
    const s = this.text(t.start, t.end);
    if (this.ctx.language === 'fa') return /یم$/u.test(s);
    if (this.ctx.language === 'ar') return /نا$/u.test(s);
    return /\bwe\s+(?:have\s+|had\s+)?$/iu.test(this.text(Math.max(this.clause.start, t.start - 12), t.start));
  }

  protected counterparts(i: number, subjects: readonly string[]): string[] {
    const t = this.triggers[i]!;
    const zone = this.zones[zoneAt(this.zones, t.start, t.end)]!;
    const re = this.v.counterpart;
    re.lastIndex = 0;
    const slice = this.text(zone.start, zone.end);
    if (!mayMatch(this.v.counterpartAnchors, this.v.language === 'en', slice)) return [];
    const out: string[] = [];
    const date = this.ctx.publishedAt;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const country = this.v.demonymCountry(m.groups?.['d'] ?? '');
      if (!country || !date) continue;
      // A name written right after the phrase wins ("همتای روس خود سرگئی لاوروف").
      const after = this.actors.find((a) => a.start >= zone.start + m!.index + m![0].length && a.start - (zone.start + m!.index + m![0].length) <= 2);
      if (after) continue;
      for (const s of subjects) {
        for (const office of this.ctx.lookup.officesOf(s, date)) {
          const holder = this.ctx.lookup.holderOf(office.kind, country, date);
          if (holder && holder !== s) out.push(holder);
        }
      }
    }
    return unique(out);
  }

  protected location(i: number): { placeId: string; name: string; countryId: string | null } | null {
    const t = this.triggers[i]!;
    // A place is where the event is only after "در/في/in/at" (or, for a visit, "به/إلى/to") ("في العاصمة الصينية
    // بكين": a city may take two words between); "بين سوريا وروسيا", "Moscow said" are not places.
    const markers = t.entry.type === 'VISIT' ? [...this.cues('placeMarkers'), ...this.cues('destinationMarkers')] : this.cues('placeMarkers');
    const marked = (p: { start: number }, words: number): boolean =>
      markers.some((m) => m.end <= p.start && (this.text(m.end, p.start).match(/[\p{L}\p{N}]+/gu) ?? []).length <= words && !/[.،,؛;:]/u.test(this.text(m.end, p.start)));
    // A visit verb takes its destination directly: "visited Moscow", "زار موسكو", "وارد آنکارا شد".
    const object = (p: { start: number }): boolean => t.entry.type === 'VISIT' && p.start >= t.end && /^\s{0,3}$/u.test(this.text(t.end, p.start));
    // A call happens on the phone; outside visits a country is mostly a topic ("the war in Ukraine").
    if (t.entry.type === 'PHONE_CALL') return null;
    const own = this.places.filter(
      (p) => this.inOwnArea(i, p) && (t.entry.type === 'VISIT' || p.kind !== 'COUNTRY') && (marked(p, p.kind === 'COUNTRY' ? 0 : 2) || object(p)),
    );
    if (own.length === 0) {
      // A visit to a country: "سفر به روسیه", "زيارة إلى تركيا".
      if (t.entry.type === 'VISIT') {
        const country = this.actors.find((a) => a.kind === 'COUNTRY' && a.start > t.start - 60 && this.inOwnArea(i, a) && marked(a, 0));
        if (country) return { placeId: country.actorId, name: country.name, countryId: country.actorId };
      }
      return null;
    }
    const dist = (p: PlaceMention): number => (p.start >= t.end ? p.start - t.end : t.start - p.end);
    const best = [...own].sort((a, b) => Number(b.kind === 'CITY' || b.kind === 'SITE') - Number(a.kind === 'CITY' || a.kind === 'SITE') || dist(a) - dist(b))[0]!;
    // The Kremlin is reported as Moscow: the city, as the gold and the graph's places expect.
    const within = best.kind === 'SITE' ? this.ctx.lookup.placeInfo(best.placeId)?.within : null;
    const city = within ? this.ctx.lookup.placeInfo(within) : undefined;
    if (city) return { placeId: city.id, name: city.name, countryId: city.countryId ?? best.countryId };
    return { placeId: best.placeId, name: best.name, countryId: best.kind === 'COUNTRY' ? best.placeId : best.countryId };
  }
}
