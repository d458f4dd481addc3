// The counterpart of a "joint press conference" or a "we agreed" without a named partner: the
// other side of the story's meeting that the speaker took part in — preferably the holder of
// the same office ("the foreign minister's counterpart" is the other foreign minister).
// EXAMPLE: in an article on Lavrov meeting al-Shaibani, "في مؤتمر صحفي مشترك، قال شيباني" → Lavrov joins.
import type { PendingMention } from './types.ts';
import type { ActorLookup } from './types.ts';

const CONTEXT_TYPES = new Set(['MEETING', 'VISIT', 'PHONE_CALL']);

export function resolveCounterparts(mentions: PendingMention[], lookup: ActorLookup, date: string | null): void {
  for (const m of mentions) {
    if (!m.counterpartOf || m.objects.length > 0) continue;
    const who = m.counterpartOf;
    const context = mentions.find(
      (o) => o !== m && !o.weak && !o.title && CONTEXT_TYPES.has(o.type) && (o.subjects.includes(who) || o.objects.includes(who)) && o.subjects.length + o.objects.length >= 2,
    );
    if (!context) continue;
    const country = lookup.actorInfo(who)?.countryId ?? null;
    const others = [...context.subjects, ...context.objects].filter((id) => id !== who && (country === null || lookup.actorInfo(id)?.countryId !== country));
    let chosen = others;
    if (date) {
      const offices = new Set(lookup.officesOf(who, date).map((o) => o.kind));
      const same = others.filter((id) => lookup.officesOf(id, date).some((o) => offices.has(o.kind)));
      if (same.length > 0) chosen = same;
    }
    for (const id of chosen) {
      if (!m.subjects.includes(id) && !m.objects.includes(id)) m.objects.push(id);
      if (!m.roles.has(id)) m.roles.set(id, 'PARTICIPANT');
    }
    if (m.subjects.length + m.objects.length >= 2 && m.type !== 'INVITATION') m.weak = m.title;
  }
}
