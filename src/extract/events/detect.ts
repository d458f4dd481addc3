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
import { MEDIA_ORGANIZATION_IDS } from '../common/media-organizations.ts';
import type { EventDate, EventType, ParticipantRole } from '../types.ts';
import { isPerson, unique } from './clause.ts';
import { compiledVocabulary } from './compiled.ts';
import { findPhrases, phraseAt } from './phrases.ts';
import { ClauseTiming, WISH_SCOPE } from './timing.ts';
import type { ActorMention } from '../actors/index.ts';
import type { Clause, EventContext, EventMention, PendingMention } from './types.ts';
import { findTriggers, type TriggerMatch } from './vocabulary.ts';
import { buildZones, zoneAt } from './zones.ts';

export type { PendingMention } from './types.ts';

/** "سقوط بشار اسد در دسامبر": an OTHER event needs its date this close after the trigger. */
const ADJACENT_DATE_GAP = 40;
/** Types whose undated mentions take the article's dominant date (the story's own events). */
export const DOMINANT_DATE_TYPES: readonly EventType[] = ['MEETING', 'VISIT', 'PHONE_CALL', 'INVITATION', 'PRESS_CONFERENCE', 'AGREEMENT', 'SUMMIT'];
/** Types a "joint" cue gives the subject's counterpart ("joint press conference"). */
const JOINT_TYPES: readonly EventType[] = ['PRESS_CONFERENCE', 'AGREEMENT', 'STATEMENT'];
/** Types that need two sides. */
const TWO_SIDED: readonly EventType[] = ['MEETING', 'INVITATION'];



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

/** The items (sorted by start) lying inside `r`: a binary search, so a long article stays linear. */
function inside<T extends { start: number; end: number }>(items: readonly T[], r: { start: number; end: number }): T[] {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < r.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < items.length && items[k]!.start < r.end; k++) if (inRange(items[k]!, r)) out.push(items[k]!);
  return out;
}

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
    const actors = inside(ctx.actors, clause);
    const places = inside(ctx.places, clause);
    const dates = inside(ctx.dates, clause);
    if (dates.length > 0) sentenceDate = dates[0]!.date;
    const triggers = findTriggers(v.triggers, ctx.text, clause.start, clause.end).filter(
      (t) => !actors.some((a) => t.start >= a.start && t.end <= a.end) && !places.some((p) => t.start >= p.start && t.end <= p.end),
    );
    const zones = buildZones(ctx.text, clause.start, clause.end, ctx.language, v, triggers);
    const phrases = findPhrases(ctx.text, clause.start, clause.end, v, triggers, actors);
    const carry = clause.sentence - carriedSentence <= 3 ? carried : [];
    const analysis = new ClauseAnalysis(ctx, v, clause, actors, places, dates, triggers, zones, phrases, carry, () => lastParties);
    const mainSubject = analysis.mainSubject();
    triggers.forEach((_, i) => {
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

/** Everything about one clause that its triggers share. *//** The mentions of one clause's triggers. */
class ClauseAnalysis extends ClauseTiming {
  /** The event mentions of trigger i: none, one, or an invitation derived from a wish. */
  mention(i: number): Omit<PendingMention, 'previousSentenceDate'>[] {
    const t = this.triggers[i]!;
    const ctx = this.ctx;
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

  protected build(
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
  }}

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


function clamp(x: number, lo: number, hi: number): number {
  return Math.round(Math.min(hi, Math.max(lo, x)) * 100) / 100;
}
