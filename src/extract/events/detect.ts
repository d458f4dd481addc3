// Event mentions, sentence by sentence: triggers, their zone, participants, date, status and
// place. Merging mentions into events is merge.ts's job; dates a sentence does not state are
// filled in afterwards (dating.ts), once the article's dominant date is known.
//
// Participants of a trigger, in order:
//   - its phrases: "با X" / "مع X" / "with X" (the other side), "از X" for invitations and calls;
//   - for an event noun, the actors right after it ("سفر ابومحمد الجولانی", "قمة بين روسيا و…");
//   - the subject: the nearest group of actors before it (and, in Arabic and English, after a
//     verb), skipping actors that belong to other triggers' phrases or nouns, attributions
//     ("به گزارش", "حسبما ذكرت") and topics ("درباره");
//   - with no subject: a relative clause's head, a reported speaker, a delegation of the sentence
//     before, or the subject carried over from the sentence before ("وی", "he").
// A person among them makes countries drop out (Putin met al-Sharaa, not Russia met Syria).
import type { ActorMention, PlaceMention } from '../actors/index.ts';
import type { DateMention } from '../time/index.ts';
import type { EventDate, EventType, ParticipantRole } from '../types.ts';
import { MEDIA_ORGANIZATION_IDS } from '../common/media-organizations.ts';
import { compiledVocabulary, type CompiledVocabulary } from './compiled.ts';
import { findPhrases, groupActors, phraseAt } from './phrases.ts';
import type { EventContext, EventMention, Phrase, Zone } from './types.ts';
import { findCues, findTriggers, type TriggerMatch } from './vocabulary.ts';
import { buildZones, within, zoneAt } from './zones.ts';

/** Event nouns take the actors that follow within this many characters ("زيارة بوتين"). */
const NOUN_COMPLEMENT_GAP = 24;
/** A cue this close before a trigger modifies it (negation, wish, demonstrative). */
const NEAR_BEFORE = 40;
/** A wish ("نأمل", "hopes", "در انتظار") this close before a trigger governs it. */
const WISH_SCOPE = 60;
/** "سقوط بشار اسد در دسامبر": an OTHER event needs its date this close after the trigger. */
const ADJACENT_DATE_GAP = 40;
/** Types whose undated mentions take the article's dominant date (the story's own events). */
export const DOMINANT_DATE_TYPES: readonly EventType[] = ['MEETING', 'VISIT', 'PHONE_CALL', 'INVITATION', 'PRESS_CONFERENCE', 'AGREEMENT', 'SUMMIT'];
/** Types a "joint" cue gives the subject's counterpart ("joint press conference"). */
const JOINT_TYPES: readonly EventType[] = ['PRESS_CONFERENCE', 'AGREEMENT', 'STATEMENT'];
/** A Persian present-tense verb: "می‌کند", "می رود", "نمی‌شود" (ZWNJ normalized to a space or lost). */
const FA_PRESENT_VERB = /(?<![\p{L}])ن?می\s?\p{L}{1,8}(?:د|ند)(?![\p{L}])/u;
/** A Persian light verb in the subjunctive: "دیدار کند", "سفر کنند" (after "تا", "قرار است"). */
const FA_SUBJUNCTIVE_VERB = /^\s{0,3}(?:\S+\s{1,3})?(?:ب)?(?:کند|کنند|شود|شوند|رود|روند|دهد|دهند|نماید|نمایند)(?![\p{L}])/u;
/** Types that need two sides. */
const TWO_SIDED: readonly EventType[] = ['MEETING', 'INVITATION'];

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

interface Clause {
  start: number;
  end: number;
  sentence: number;
  title: boolean;
}

/** Sentences split at "؛" / ";" into clauses (a semicolon joins two statements). */
function clausesOf(ctx: EventContext): Clause[] {
  const out: Clause[] = [];
  ctx.sentences.forEach((s, i) => {
    let from = s.start;
    for (let p = s.start; p < s.end; p++) {
      const ch = ctx.text[p];
      if (ch === '؛' || ch === ';') {
        if (p > from) out.push({ start: from, end: p, sentence: i, title: s.title });
        from = p + 1;
      }
    }
    if (s.end > from) out.push({ start: from, end: s.end, sentence: i, title: s.title });
  });
  return out;
}

const inRange = (x: { start: number; end: number }, r: { start: number; end: number }): boolean => x.start >= r.start && x.end <= r.end;
const isPerson = (m: ActorMention): boolean => m.kind === 'PERSON';

/** Finds every event mention of the article. */
export function detectMentions(ctx: EventContext): PendingMention[] {
  const v = compiledVocabulary(ctx.language);
  const mentions: PendingMention[] = [];
  // The subject carried from sentence to sentence ("وی", "he", a verb without subject).
  let carried: string[] = [];
  let carriedSentence = -1;
  let previousDate: EventDate | null = null;
  let lastSentence = -1;
  let sentenceDate: EventDate | null = null;
  // The parties of the latest event told, for "دو طرف", "الجانبان", "the two leaders".
  let lastParties: string[] = [];

  for (const clause of clausesOf(ctx)) {
    if (clause.sentence !== lastSentence) {
      previousDate = sentenceDate ?? previousDate;
      sentenceDate = null;
      lastSentence = clause.sentence;
    }
    const actors = ctx.actors.filter((a) => inRange(a, clause));
    const places = ctx.places.filter((p) => inRange(p, clause));
    const dates = ctx.dates.filter((d) => inRange(d, clause));
    if (dates.length > 0) sentenceDate = dates[0]!.date;
    const triggers = findTriggers(v.triggers, ctx.text, clause.start, clause.end).filter(
      (t) => !actors.some((a) => t.start >= a.start && t.end <= a.end) && !places.some((p) => t.start >= p.start && t.end <= p.end),
    );
    const zones = buildZones(ctx.text, clause.start, clause.end, ctx.language, v, triggers);
    const phrases = findPhrases(ctx.text, clause.start, clause.end, v, triggers, actors);
    const carry = clause.sentence - carriedSentence <= 3 ? carried : [];
    const analysis = new ClauseAnalysis(ctx, v, clause, actors, places, dates, triggers, zones, phrases, carry, () => lastParties);
    const mainSubject = analysis.mainSubject();
    triggers.forEach((t, i) => {
      for (const m of analysis.mention(i)) {
        mentions.push({ ...m, previousSentenceDate: previousDate });
        const parties = unique([...m.subjects, ...m.objects]);
        if (!m.weak && !m.title && parties.length >= 2) lastParties = parties;
      }
    });
    if (mainSubject.length > 0 && !clause.title) {
      carried = mainSubject;
      carriedSentence = clause.sentence;
    }
  }
  return mentions;
}

/** Everything about one clause that its triggers share. */
class ClauseAnalysis {
  private readonly ctx: EventContext;
  private readonly v: CompiledVocabulary;
  private readonly clause: Clause;
  private readonly actors: readonly ActorMention[];
  private readonly places: readonly PlaceMention[];
  private readonly dates: readonly DateMention[];
  private readonly triggers: readonly TriggerMatch[];
  private readonly zones: readonly Zone[];
  private readonly phrases: readonly Phrase[];
  private readonly carried: readonly string[];
  private readonly lastParties: () => readonly string[];
  /** Actors right after each event noun (its complements). */
  private readonly complements: ActorMention[][];

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

  private text(start: number, end: number): string {
    return this.ctx.text.slice(start, end);
  }

  private cues(list: keyof CompiledVocabulary, start = this.clause.start, end = this.clause.end): { start: number; end: number }[] {
    return findCues(this.v[list] as never, this.ctx.text, start, end);
  }

  /**
   * The noun's own participants: actors right after it ("سفر ابومحمد الجولانی", "قمة بين روسيا
   * وأعضاء الدول العرب"; one adjective may come first in fa/ar: "مذاکرات غیرمستقیم ایران و آمریکا"),
   * and in English the actors right before it ("the African Union summit", "Putin's visit").
   */
  private nounComplements(t: TriggerMatch): ActorMention[] {
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
  private nounDemonyms(t: TriggerMatch): string[] {
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

  private isLinkWord(w: string): boolean {
    if (/^(و|and|of|the|by|between|بین|میان|بين)$/iu.test(w)) return true;
    if (/^و/u.test(w) && this.v.language === 'ar') return true; // "وأعضاء"
    return findCues(this.v.nounLinks, w, 0, w.length).length > 0;
  }

  /** Actors that belong to some other trigger's phrase or noun, or to an attribution or topic. */
  private claimedExcept(i: number): Set<ActorMention> {
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
  private inOwnArea(i: number, x: { start: number; end: number }): boolean {
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
  private speakerOf(zoneIndex: number): string[] {
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

  private inAttributionOrTopic(a: ActorMention): boolean {
    const p = phraseAt(this.phrases, a.start, a.end);
    return p !== undefined && (p.kind === 'ATTRIBUTION' || p.kind === 'TOPIC');
  }

  private delegationOrCarried(): string[] {
    return [...this.carried];
  }

  /** Head of a relative clause: the actors right before its marker ("اسعد الشیبانی که …"). */
  private relativeHead(zoneIndex: number): string[] {
    const z = this.zones[zoneIndex]!;
    const before = this.actors.filter((a) => a.end <= z.start && z.start - a.end <= 3);
    if (before.length > 0) {
      const groups = groupActors(this.ctx.text, this.actors.filter((a) => a.end <= z.start));
      const last = groups[groups.length - 1] ?? [];
      return unique(last.map((a) => a.actorId));
    }
    return [];
  }

  /** The event mentions of trigger i: none, one, or an invitation derived from a wish. */
  mention(i: number): Omit<PendingMention, 'previousSentenceDate'>[] {
    const t = this.triggers[i]!;
    const ctx = this.ctx;
    const language = ctx.language;
    let type = t.entry.type;
    const zi = zoneAt(this.zones, t.start, t.end);
    const zone = this.zones[zi]!;
    const own = (x: { start: number; end: number }): boolean => this.inOwnArea(i, x);
    const ownZoneStart = zone.start, ownZoneEnd = zone.end;

    // Negation next to the trigger: "دیدار نکرد", "لم يلتق", "did not meet", "cancelled".
    const neg = this.cues('negation', Math.max(ownZoneStart, t.start - 20), Math.min(ownZoneEnd, t.end + 12));
    if (neg.length > 0) return [];
    // "در تماس تلفنی … رایزنی کردند": talk words next to a call are the call, not a meeting.
    if (type === 'MEETING' && this.triggers.some((o) => o.entry.type === 'PHONE_CALL')) return [];

    const demonstrative = this.cues('demonstratives', Math.max(this.clause.start, t.start - 12), t.start).some((d) => /^\s*$/u.test(this.text(d.end, t.start)));
    const inTopic = this.phrases.some((p) => (p.kind === 'TOPIC' || p.kind === 'ATTRIBUTION') && t.start >= p.start && t.end <= p.end);
    const anaphoric = t.entry.pos === 'NOUN' && (demonstrative || inTopic);

    // Phrases attached to this trigger.
    const claimed = this.claimedExcept(i);
    const attached = (kind: 'WITH' | 'FROM'): ActorMention[] =>
      this.actors.filter((a) => {
        const p = phraseAt(this.phrases, a.start, a.end);
        return p !== undefined && p.kind === kind && p.trigger === i && !claimed.has(a);
      });
    const withActors = attached('WITH');
    const fromActors = attached('FROM');
    const nounActors = this.complements[i]!;
    const objectIds = new Set([...withActors, ...nounActors].map((a) => a.actorId));
    if (type === 'INVITATION' || type === 'PHONE_CALL') for (const a of fromActors) objectIds.add(a.actorId);

    // Subject candidates: own area, not claimed, not in this trigger's own phrases or noun. A
    // visit takes everyone of its clause but sources and topics ("التقى … مع الشيباني …، وهي أول
    // زيارة"): the hosts drop out below, by the destination's country.
    const sourceOrTopic = (a: ActorMention): boolean => this.inAttributionOrTopic(a) || this.complements.some((list, j) => j !== i && list.includes(a));
    const candidates = this.actors.filter(
      (a) =>
        own(a) &&
        (type === 'VISIT' ? !sourceOrTopic(a) : !claimed.has(a)) &&
        !withActors.includes(a) &&
        !fromActors.includes(a) &&
        !nounActors.includes(a) &&
        !objectIds.has(a.actorId) &&
        !this.inSinceZoneOutside(a, zi),
    );
    const accompany = this.cues('accompany', ownZoneStart, ownZoneEnd).length > 0;
    const attendance = this.cues('attendance', ownZoneStart, ownZoneEnd).length > 0;

    // Where: the nearest place in the own area, a site reported as its city.
    const location = this.location(i);
    // A visit's host is not a visitor: the destination's country drops out first.
    const hostCountry = type === 'VISIT' ? (location?.countryId ?? null) : null;
    const notHost = (id: string): boolean => hostCountry === null || (id !== hostCountry && ctx.lookup.actorInfo(id)?.countryId !== hostCountry);

    let subjects: string[];
    if (type === 'VISIT' || accompany || (anaphoric && attendance)) {
      subjects = unique(candidates.map((a) => a.actorId)).filter(notHost);
    } else {
      subjects = this.subjectGroups(t, candidates);
    }
    // "the two sides", "الجانبان", "دو طرف" with nobody named: the parties of the event just told.
    const bothSides = this.cues('bothSides', ownZoneStart, ownZoneEnd).length > 0;
    if (bothSides && subjects.length + objectIds.size < 2 && !anaphoric) subjects.push(...this.lastParties());

    // Nobody named as subject: a relative clause's head, a speaker, a delegation, the sentence before.
    const persons = (ids: string[]): string[] => ids.filter((id) => ctx.lookup.actorInfo(id)?.kind === 'PERSON' || this.actors.some((a) => a.actorId === id && isPerson(a)));
    const firstPerson = this.isFirstPerson(t);
    let speaker: string[] = [];
    if (zone.kind === 'QUOTE' || zone.kind === 'CONTENT') speaker = this.speakerOf(zi);
    const delegation = this.cues('delegation', ownZoneStart, t.start).length > 0;
    if (persons(subjects).length === 0 && delegation) {
      // "هیأت این کشور موفق به دیدار با پوتین شد": the delegation is the people of the sentence before.
      subjects.push(...this.carried);
    } else if (persons(subjects).length === 0) {
      if (type === 'VISIT' && zone.kind === 'MAIN' && !anaphoric) subjects.push(...this.carried);
      else if (zone.kind === 'RELATIVE' && zone.ownerTrigger === null) subjects.push(...(this.relativeHead(zi).length > 0 ? this.relativeHead(zi) : this.speakerOf(zi)));
      else if (zone.kind === 'CONTENT') subjects.push(...speaker);
      else if (zone.kind === 'QUOTE') {
        if (firstPerson) subjects.push(...speaker);
      } else if (zone.kind === 'MAIN' && candidates.length === 0) {
        subjects.push(...this.carried);
      }
    } else if (zone.kind === 'QUOTE' && firstPerson) subjects.push(...speaker);
    // A two-sided event with the subject slot empty ("والتقى سموه وزير الخارجية الصيني", "He met X"):
    // the subject carried from the sentence before.
    if (TWO_SIDED.includes(type) && zone.kind === 'MAIN' && unique([...subjects, ...objectIds]).length < 2 && !candidates.some((a) => a.end <= t.start)) {
      subjects.push(...this.carried.filter((id) => !objectIds.has(id)));
    }
    subjects = unique(subjects);

    // "همتای روس خود", "نظيره الروسي", "his Russian counterpart".
    const counterparts = this.counterparts(i, subjects);
    for (const c of counterparts) objectIds.add(c);

    subjects = subjects.filter(notHost);
    let objects = [...objectIds].filter((id) => !subjects.includes(id) && notHost(id));

    // "گفت‌وگو با الجزیره": a talk with a news medium is an interview.
    if (type === 'MEETING' && objects.length > 0 && objects.every((id) => MEDIA_ORGANIZATION_IDS.has(id))) type = 'INTERVIEW';

    // Persons make countries drop out; organizations stay only as the other side or for interviews.
    const kindOf = (id: string): string | undefined => ctx.lookup.actorInfo(id)?.kind ?? this.actors.find((a) => a.actorId === id)?.kind;
    const anyPerson = [...subjects, ...objects].some((id) => kindOf(id) === 'PERSON');
    if (type === 'SUMMIT') {
      // A summit's participants are its own: "اجلاس روسیه و اعراب", "القمة العربية الصينية", "بمشاركة …";
      // a summit newly announced ("agreed to hold a summit", Arabic indefinite "قمة") has its subject's.
      const own = unique([...nounActors.map((a) => a.actorId), ...this.nounDemonyms(t), ...this.participants(i)]);
      objects = own.length > 0 || !this.isIndefinite(t) ? own : unique([...subjects, ...objects]).filter((id) => kindOf(id) === 'PERSON');
      subjects = [];
    } else if (nounActors.length >= 2) {
      // "مذاکرات ایران و آمریکا", "talks between Iran and the US": the noun names both sides.
      subjects = [];
      objects = unique(nounActors.map((a) => a.actorId));
    } else if (anyPerson) {
      subjects = subjects.filter((id) => kindOf(id) === 'PERSON' || (kindOf(id) === 'ORGANIZATION' && type === 'INTERVIEW'));
      objects = objects.filter((id) => kindOf(id) !== 'COUNTRY');
    }

    // Wishes: a hoped-for visit or meeting is an invitation; a hoped-for summit is still a summit.
    // The wish may govern the trigger's clause from outside it ("نأمل أن يتمكن … من المشاركة في قمة").
    const wish = this.cues('irrealis', Math.max(this.clause.start, t.start - WISH_SCOPE), t.start).length > 0 || this.cues('irrealis', ownZoneStart, t.start).length > 0;
    const out: Omit<PendingMention, 'previousSentenceDate'>[] = [];
    if (wish) {
      const inviter = speaker.length > 0 ? speaker : subjects.filter((id) => kindOf(id) === 'PERSON').slice(0, 1);
      const invitees = unique([...subjects, ...objects, ...this.actors.filter((a) => own(a) && isPerson(a)).map((a) => a.actorId)]).filter(
        (id) => !inviter.includes(id) && kindOf(id) === 'PERSON',
      );
      if (inviter.length > 0 && invitees.length > 0) {
        out.push(this.build(i, 'INVITATION', inviter, invitees, null, 'NONE', location, false, { derived: true, anaphoric: false }));
      }
      if (type !== 'SUMMIT') return out;
    }

    // Type-specific conditions.
    const all = unique([...subjects, ...objects]);
    const flags = t.entry.flags ?? [];
    if (flags.includes('NEEDS_AGREEMENT_NOUN') && this.cues('agreementNouns', ownZoneStart, ownZoneEnd).length === 0) return out;
    if (flags.includes('NEEDS_CONCLUSION_VERB') && this.cues('conclusionVerbs', ownZoneStart, ownZoneEnd).length === 0) return out;
    if (flags.includes('NEEDS_MEDIA') && this.cues('media', ownZoneStart, ownZoneEnd).length === 0 && !all.some((id) => kindOf(id) === 'ORGANIZATION')) return out;

    // The date the clause states.
    const picked = this.pickDate(i);
    if (flags.includes('NEEDS_ADJACENT_DATE')) {
      if (!picked || picked.start - t.end > ADJACENT_DATE_GAP || picked.start < t.end) return out;
    }
    if (type === 'STATEMENT') {
      if (!picked || all.length === 0) return out;
      const others = this.triggers.some((o) => o.entry.type !== 'STATEMENT' && o.entry.type !== 'OTHER');
      if (others && !flags.includes('FORMAL')) return out;
    }
    if (type === 'OTHER' && all.length === 0) return out;

    let weak = this.clause.title;
    if (all.length === 0) weak = true;
    if (TWO_SIDED.includes(type) && all.length < 2) weak = true;
    if (type === 'VISIT' && (t.entry.weight ?? 0.8) < 0.7 && !location) weak = true;
    if (type === 'SUMMIT' && all.length === 0) weak = true;

    // "Joint press conference", "we agreed": the counterpart comes from the story.
    // ("مشترک" next to a meeting is mostly "common issues": only conferences and agreements are joint.)
    const joint = JOINT_TYPES.includes(type) && this.cues('joint', Math.max(ownZoneStart, t.start - 20), Math.min(ownZoneEnd, t.end + 20)).length > 0;
    const counterpartOf = (joint || (firstPerson && flags.includes('FIRST_PERSON'))) && objects.length === 0 ? (subjects[0] ?? speaker[0] ?? null) : null;

    const joins = anaphoric && (attendance || accompany);
    const date = picked ? this.resolvedDate(picked, i) : null;
    out.push(
      this.build(i, type, subjects, objects, date, date ? 'EXPLICIT' : 'NONE', location, weak, {
        derived: false,
        anaphoric,
        counterpartOf,
        joins,
        received: flags.includes('RECEIVED') || (type === 'PHONE_CALL' && this.cues('received', ownZoneStart, ownZoneEnd).length > 0),
      }),
    );
    return out;
  }

  /** "a summit", Arabic "قمة" without ال: an event told for the first time, not "the summit" told before. */
  private isIndefinite(t: TriggerMatch): boolean {
    if (this.ctx.language === 'en') return /(?:^|\s)(?:a|an)\s+(?:\p{L}+\s+)?$/iu.test(this.text(Math.max(this.clause.start, t.start - 20), t.start));
    if (this.ctx.language === 'ar') return !/^(?:[وف])?(?:بال|کال|ال|لل)/u.test(this.text(t.start, t.end));
    return false;
  }

  /** Actors after "بمشاركة", "با حضور", "attended by" in the trigger's own area. */
  private participants(i: number): string[] {
    const out: string[] = [];
    for (const c of this.cues('participation')) {
      if (!this.inOwnArea(i, c)) continue;
      const end = Math.min(this.clause.end, c.end + 90);
      for (const a of this.actors) if (a.start >= c.end && a.end <= end && this.inOwnArea(i, a)) out.push(a.actorId);
    }
    return unique(out);
  }

  /** Subjects: the nearest group of actors before the trigger (and after a verb in ar/en). */
  private subjectGroups(t: TriggerMatch, candidates: readonly ActorMention[]): string[] {
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

  private inSinceZoneOutside(a: ActorMention, triggerZone: number): boolean {
    const z = zoneAt(this.zones, a.start, a.end);
    return this.zones[z]!.kind === 'SINCE' && z !== triggerZone;
  }

  /** "توافق کردیم", "اتفقنا", "we agreed": first-person forms. */
  private isFirstPerson(t: TriggerMatch): boolean {
    const s = this.text(t.start, t.end);
    if (this.ctx.language === 'fa') return /یم$/u.test(s);
    if (this.ctx.language === 'ar') return /نا$/u.test(s);
    return /\bwe\s+(?:have\s+|had\s+)?$/iu.test(this.text(Math.max(this.clause.start, t.start - 12), t.start));
  }

  private counterparts(i: number, subjects: readonly string[]): string[] {
    const t = this.triggers[i]!;
    const zone = this.zones[zoneAt(this.zones, t.start, t.end)]!;
    const re = this.v.counterpart;
    re.lastIndex = 0;
    const slice = this.text(zone.start, zone.end);
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

  private location(i: number): { placeId: string; name: string; countryId: string | null } | null {
    const t = this.triggers[i]!;
    const own = this.places.filter((p) => this.inOwnArea(i, p));
    if (own.length === 0) {
      // A visit to a country: "سفر به روسیه", "زيارة إلى تركيا".
      if (t.entry.type === 'VISIT') {
        const markers = findCues(this.v.placeMarkers, this.ctx.text, this.clause.start, this.clause.end);
        const country = this.actors.find((a) => a.kind === 'COUNTRY' && a.start > t.start - 60 && this.inOwnArea(i, a) && markers.some((m) => a.start - m.end >= 0 && a.start - m.end <= 2));
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

  /** The date mention for trigger i: its own area first, then the clause outside quotes and other events' clauses. */
  private pickDate(i: number): DateMention | null {
    const t = this.triggers[i]!;
    const tz = zoneAt(this.zones, t.start, t.end);
    const dist = (d: DateMention): number => (d.start >= t.end ? d.start - t.end : t.start - d.end);
    const nearest = (list: readonly DateMention[]): DateMention | null => [...list].sort((a, b) => dist(a) - dist(b))[0] ?? null;
    // A date next to another trigger of its zone, told in another tense, is that trigger's ("spoke
    // by phone on Thursday and agreed to hold a summit": Thursday is the call's, not the summit's).
    const planned = this.isPlanned(i, this.zones[tz]!);
    const mine = (d: DateMention): boolean => {
      const z = zoneAt(this.zones, d.start, d.end);
      let best = i, bestDistance = dist(d);
      this.triggers.forEach((o, j) => {
        if (j === i || zoneAt(this.zones, o.start, o.end) !== z) return;
        const od = d.start >= o.end ? d.start - o.end : o.start - d.end;
        if (od < bestDistance) {
          best = j;
          bestDistance = od;
        }
      });
      if (best === i) return true;
      const o = this.triggers[best]!;
      return this.isPlanned(best, this.zones[zoneAt(this.zones, o.start, o.end)]!) === planned;
    };
    const own = this.dates.filter((d) => this.inOwnArea(i, d) && d.kind !== 'PUBLICATION' && mine(d));
    if (own.length > 0) return nearest(own);
    const outside = this.dates.filter((d) => {
      if (d.kind === 'PUBLICATION' || !mine(d)) return false;
      const z = zoneAt(this.zones, d.start, d.end);
      const zone = this.zones[z]!;
      if (within(this.zones, tz, z)) return true; // an enclosing zone's date
      if (zone.kind === 'QUOTE' || zone.kind === 'CONTENT' || zone.kind === 'SINCE') return false;
      if (zone.kind === 'RELATIVE' && zone.ownerTrigger !== null && zone.ownerTrigger !== i) return false;
      return true;
    });
    return nearest(outside);
  }

  /** A weekday or a month without a year reads forward for an announced or wished-for event. */
  private resolvedDate(d: DateMention, i: number): EventDate {
    if (!d.futureDate) return d.date;
    const t = this.triggers[i]!;
    const zone = this.zones[zoneAt(this.zones, t.start, t.end)]!;
    return this.isPlanned(i, zone) || this.isWished(i, zone) || this.isPresentTense(i, zone) ? d.futureDate : d.date;
  }

  /**
   * A present-tense verb announces a scheduled event in news prose: "روز شنبه به مسکو سفر می‌کند",
   * "يلتقي … يوم الخميس". Used only to read a bare weekday forward, never to mark PLANNED.
   */
  private isPresentTense(i: number, zone: Zone): boolean {
    const t = this.triggers[i]!;
    if (this.ctx.language === 'fa') {
      const after = this.text(t.end, Math.min(zone.end, t.end + 30));
      return FA_PRESENT_VERB.test(after) || FA_SUBJUNCTIVE_VERB.test(after);
    }
    if (this.ctx.language === 'ar') return t.entry.pos === 'VERB' && /^(?:[وف])?س?ی/u.test(this.text(t.start, t.end));
    return false;
  }

  private isWished(i: number, zone: Zone): boolean {
    const t = this.triggers[i]!;
    return this.cues('irrealis', Math.min(zone.start, Math.max(this.clause.start, t.start - WISH_SCOPE)), t.start).length > 0;
  }

  /**
   * Announced, not yet happened: a planned cue before the trigger in its own area ("will meet",
   * "من المقرر أن يستقبل", "قرار است … دیدار کند"), in a relative clause it owns ("قمة … والتي من
   * المقرر عقدها"), or — Persian puts the auxiliary last — after it ("دیدار خواهد کرد"); an
   * Arabic future verb ("سيلتقي"); or the purpose of an invitation ("invited him to visit Paris").
   */
  private isPlanned(i: number, zone: Zone): boolean {
    const t = this.triggers[i]!;
    if ((t.entry.flags ?? []).includes('PLANNED')) return true;
    if (this.ctx.language === 'ar' && /^(?:[وف])?س[یتن]/u.test(this.text(t.start, t.end))) return true;
    if (t.entry.type !== 'INVITATION' && this.triggers.some((o) => o !== t && o.entry.type === 'INVITATION')) return true;
    const owned = (c: { start: number; end: number }): boolean => {
      const z = this.zones[zoneAt(this.zones, c.start, c.end)]!;
      return z.kind === 'RELATIVE' && z.ownerTrigger === i;
    };
    const cues = this.cues('planned', zone.start, zone.end).filter(
      (c) => this.inOwnArea(i, c) && (c.end <= t.start || owned(c) || (this.ctx.language === 'fa' && c.start >= t.end)),
    );
    return cues.length > 0;
  }

  private build(
    i: number,
    type: EventType,
    subjects: readonly string[],
    objects: readonly string[],
    date: EventDate | null,
    dateSource: 'EXPLICIT' | 'NONE',
    location: EventMention['location'],
    weak: boolean,
    extra: { derived: boolean; anaphoric: boolean; counterpartOf?: string | null; joins?: boolean; received?: boolean },
  ): Omit<PendingMention, 'previousSentenceDate'> {
    const t = this.triggers[i]!;
    const zone = this.zones[zoneAt(this.zones, t.start, t.end)]!;
    const planned = this.isPlanned(i, zone) || (!extra.derived && type === 'SUMMIT' && this.isWished(i, zone));
    const status = planned || (date !== null && this.ctx.publishedAt !== null && date.start > this.ctx.publishedAt) ? 'PLANNED' : 'OCCURRED';
    const roles = assignRoles(type, subjects, objects, t, location, this.ctx, extra.received ?? false);
    const sentence = this.ctx.sentences[this.clause.sentence]!;
    const base = t.entry.weight ?? 0.8;
    const all = unique([...subjects, ...objects]);
    const confidence = clamp(base * (all.length >= 2 ? 1 : 0.85) * (date ? 1 : 0.9) * (this.clause.title ? 0.8 : 1), 0.3, 0.99);
    return {
      type,
      trigger: t,
      sentence: this.clause.sentence,
      title: this.clause.title,
      subjects: [...subjects],
      objects: objects.filter((o) => !subjects.includes(o)),
      roles,
      date,
      dateSource,
      status,
      location,
      evidence: { start: sentence.start, end: sentence.end },
      confidence,
      anaphoric: extra.anaphoric,
      weak,
      counterpartOf: extra.counterpartOf ?? null,
      joins: extra.joins ?? false,
      derived: extra.derived,
    };
  }
}

function assignRoles(
  type: EventType,
  subjects: readonly string[],
  objects: readonly string[],
  t: TriggerMatch,
  location: EventMention['location'],
  ctx: EventContext,
  received: boolean,
): Map<string, ParticipantRole> {
  const roles = new Map<string, ParticipantRole>();
  const set = (ids: readonly string[], role: ParticipantRole): void => {
    for (const id of ids) if (!roles.has(id)) roles.set(id, role);
  };
  const flags = t.entry.flags ?? [];
  if (type === 'VISIT') set([...subjects, ...objects], 'GUEST');
  else if (type === 'PHONE_CALL' || type === 'INVITATION') {
    if (received) {
      set(objects, 'INITIATOR');
      set(subjects, 'RECIPIENT');
    } else {
      set(subjects, 'INITIATOR');
      set(objects, 'RECIPIENT');
    }
  } else if (type === 'MEETING' && flags.includes('HOSTS')) {
    set(subjects, 'HOST');
    set(objects, 'GUEST');
  } else if ((type === 'MEETING' || type === 'SUMMIT') && location?.countryId) {
    const all = [...subjects, ...objects];
    const home = all.filter((id) => ctx.lookup.actorInfo(id)?.countryId === location.countryId);
    if (home.length > 0 && home.length < all.length) {
      set(home, 'HOST');
      set(all, 'GUEST');
    }
  }
  set([...subjects, ...objects], 'PARTICIPANT');
  return roles;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) * 100) / 100;
}
