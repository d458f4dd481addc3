// Who held which office when. Tenures are half-open: held on `d` when `from <= d < to`, so the
// outgoing holder's `to` is the successor's `from` and a day never has two holders.
//
// EXAMPLE: holderOf('HEAD_OF_STATE', 'united-states', '2022-06-01') → 'joe-biden'
// EXAMPLE: resolveTitle(<"president">, { countryId: 'iran' }, '2025-01-01') → 'masoud-pezeshkian'
//   (the title "President" is looked for first; Iran's head of state is its Supreme Leader)
import type { OfficeKind, TitleEntry } from '../lexicon/index.ts';
import type { ActorIndex, OfficeHold } from './build.ts';

export interface Scope {
  countryId: string | null;
  orgId: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertDate(date: string, what: string): void {
  if (typeof date !== 'string' || !DATE.test(date)) {
    throw new TypeError(`Expected ${what} to be a YYYY-MM-DD string, got ${JSON.stringify(date)}`);
  }
}

export function heldOn(h: OfficeHold, date: string): boolean {
  return h.from <= date && (h.to === null || date < h.to);
}

/** The holder of an office kind in a country or organization on a date (the earliest listed when two are). */
export function holderIn(idx: ActorIndex, kind: OfficeKind, scopeId: string, date: string): string | undefined {
  const holds = idx.holdsByScope.get(scopeId);
  if (!holds) return undefined;
  for (const h of holds) if (h.kinds.includes(kind) && heldOn(h, date)) return h.actorId;
  return undefined;
}

/** An office as found for a title: who, which kind (the holder's own: Iran's president is its HEAD_OF_GOVERNMENT), where. */
export interface HeldTitle {
  actorId: string;
  kind: OfficeKind;
  scope: Scope;
}

function kindFor(h: OfficeHold, title: TitleEntry): OfficeKind {
  return h.kinds.includes(title.office) ? title.office : h.kinds[0]!;
}

function matchesTitle(h: OfficeHold, title: TitleEntry): boolean {
  return h.kinds.includes(title.office) || (h.title !== null && h.title.toLowerCase() === title.role.toLowerCase());
}

/** Resolves a title with its scope at a date: by the office's English title first, then by kind, then by the title's fallback kinds. */
export function resolveTitle(idx: ActorIndex, title: TitleEntry, scope: Scope, date: string): HeldTitle | undefined {
  const scopeId = scope.countryId ?? scope.orgId;
  if (scopeId === null) return undefined;
  const holds = idx.holdsByScope.get(scopeId);
  if (!holds) return undefined;
  const role = title.role.toLowerCase();
  for (const h of holds) {
    if (h.title !== null && h.title.toLowerCase() === role && heldOn(h, date)) return { actorId: h.actorId, kind: kindFor(h, title), scope };
  }
  for (const kind of [title.office, ...title.fallback]) {
    const who = holderIn(idx, kind, scopeId, date);
    if (who !== undefined) return { actorId: who, kind, scope };
  }
  return undefined;
}

/**
 * The office matching a title that an actor held (in the scope, when given; on the date, when
 * given, else the latest), or null.
 */
export function heldTitle(idx: ActorIndex, actorId: string, title: TitleEntry, scope: Scope | null, date: string | null): HeldTitle | null {
  const list = idx.holdsByActor.get(actorId);
  if (!list) return null;
  let best: OfficeHold | null = null;
  for (const h of list) {
    if (!matchesTitle(h, title)) continue;
    if (scope !== null && (scope.countryId !== null ? h.countryId !== scope.countryId : h.orgId !== scope.orgId)) continue;
    if (date !== null) {
      if (heldOn(h, date)) {
        best = h;
        break;
      }
    } else if (best === null || h.from > best.from) best = h;
  }
  return best ? { actorId, kind: kindFor(best, title), scope: { countryId: best.countryId, orgId: best.orgId } } : null;
}
