// When, and whether yet: the date a trigger's clause states (its own area first, then the clause
// outside quotes and other events' relative clauses), forward readings of weekdays for announced
// events, and the cues that make an event PLANNED.
import type { DateMention } from '../time/index.ts';
import type { EventDate } from '../types.ts';
import { ClauseContext } from './clause.ts';
import type { Zone } from './types.ts';
import { within, zoneAt } from './zones.ts';

/** "در آستانه سفر": an eve cue plans a noun at most this far after it. */
const EVE_DISTANCE = 6;
/** A wish ("نأمل", "hopes", "در انتظار") this close before a trigger governs it. */
export const WISH_SCOPE = 60;
/** A Persian present-tense verb: "می‌کند", "می رود", "نمی‌شود" (ZWNJ normalized to a space or lost). */
const FA_PRESENT_VERB = /(?<![\p{L}])ن?می\s?\p{L}{1,8}(?:د|ند)(?![\p{L}])/u;
/** A Persian light verb in the subjunctive: "دیدار کند", "سفر کنند" (after "تا", "قرار است"). */
const FA_SUBJUNCTIVE_VERB = /^\s{0,3}(?:\S+\s{1,3})?(?:ب)?(?:کند|کنند|شود|شوند|رود|روند|دهد|دهند|نماید|نمایند)(?![\p{L}])/u;

export class ClauseTiming extends ClauseContext {
  /** The date mention for trigger i: its own area first, then the clause outside quotes and other events' clauses. */
  protected pickDate(i: number): DateMention | null {
    const t = this.triggers[i]!;
    // "invited X on Monday to visit Paris": the date is the invitation's; the visit has none yet,
    // unless its own relative clause gives one ("اجلاس … که قرار است در ماه اکتبر برگزار شود").
    if (this.isInvitationPurpose(i)) {
      const owned = this.dates.filter((d) => {
        const z = this.zones[zoneAt(this.zones, d.start, d.end)]!;
        return z.kind === 'RELATIVE' && z.ownerTrigger === i;
      });
      return owned[0] ?? null;
    }
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
        if (j === i || zoneAt(this.zones, o.start, o.end) !== z || this.isInvitationPurpose(j)) return;
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
  protected resolvedDate(d: DateMention, i: number): EventDate {
    if (!d.futureDate) return d.date;
    const t = this.triggers[i]!;
    const zone = this.zones[zoneAt(this.zones, t.start, t.end)]!;
    return this.isPlanned(i, zone) || this.isWished(i, zone) || this.isPresentTense(i, zone) ? d.futureDate : d.date;
  }

  /**
   * A present-tense verb announces a scheduled event in news prose: "روز شنبه به مسکو سفر می‌کند",
   * "يلتقي … يوم الخميس". Used only to read a bare weekday forward, never to mark PLANNED.
   */
  protected isPresentTense(i: number, zone: Zone): boolean {
    const t = this.triggers[i]!;
    if (this.ctx.language === 'fa') {
      const after = this.text(t.end, Math.min(zone.end, t.end + 30));
      return FA_PRESENT_VERB.test(after) || FA_SUBJUNCTIVE_VERB.test(after);
    }
    if (this.ctx.language === 'ar') return t.entry.pos === 'VERB' && /^(?:[وف])?س?ی/u.test(this.text(t.start, t.end));
    return false;
  }

  protected isWished(i: number, zone: Zone): boolean {
    const t = this.triggers[i]!;
    return this.cues('irrealis', Math.min(zone.start, Math.max(this.clause.start, t.start - WISH_SCOPE)), t.start).length > 0;
  }

  /**
   * Announced, not yet happened: a planned cue before the trigger in its own area ("will meet",
   * "من المقرر أن يستقبل", "قرار است … دیدار کند"), in a relative clause it owns ("قمة … والتي من
   * المقرر عقدها"), or — Persian puts the auxiliary last — after it ("دیدار خواهد کرد"); an
   * Arabic future verb ("سيلتقي"); or the purpose of an invitation ("invited him to visit Paris").
   */
  private readonly plannedMemo = new Map<number, boolean>();

  protected isPlanned(i: number, zone: Zone): boolean {
    const known = this.plannedMemo.get(i);
    if (known !== undefined) return known;
    const planned = this.computePlanned(i, zone);
    this.plannedMemo.set(i, planned);
    return planned;
  }

  private computePlanned(i: number, zone: Zone): boolean {
    const t = this.triggers[i]!;
    if ((t.entry.flags ?? []).includes('PLANNED')) return true;
    if (this.ctx.language === 'ar' && /^(?:[وف])?س[یتن]/u.test(this.text(t.start, t.end))) return true;
    if (this.isInvitationPurpose(i)) return true;
    const owned = (c: { start: number; end: number }): boolean => {
      const z = this.zones[zoneAt(this.zones, c.start, c.end)]!;
      return z.kind === 'RELATIVE' && z.ownerTrigger === i;
    };
    // "در آستانه سفر", "ahead of a visit": the eve of the noun right after the cue.
    if (this.cues('eve', Math.max(zone.start, t.start - EVE_DISTANCE), t.start).some((c) => t.start - c.end <= EVE_DISTANCE)) return t.entry.type !== 'STATEMENT';
    const cues = this.cues('planned', zone.start, zone.end).filter(
      (c) => this.inOwnArea(i, c) && (c.end <= t.start || owned(c) || (this.ctx.language === 'fa' && c.start >= t.end)),
    );
    return cues.length > 0;
  }

  /** The event an invitation in the same clause is for ("دعوت کرد برای سفر به ریاض", "invited him to visit Paris"). */
  protected isInvitationPurpose(i: number): boolean {
    const t = this.triggers[i]!;
    return t.entry.type !== 'INVITATION' && this.triggers.some((o) => o !== t && o.entry.type === 'INVITATION');
  }
}
