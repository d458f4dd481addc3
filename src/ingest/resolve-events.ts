// Cross-article event resolution: the same real-world event reported by several articles, in any
// language, is one :Event. Pure and deterministic: the clusters are the connected components of a
// "compatible" relation over all reports, so they do not depend on the order articles arrive in,
// and every property of an event is derived from its set of reports alone.
//
// Two reports are compatible when (all of):
//   - same type;
//   - their date intervals overlap (a day inside a reported month is compatible). A report with no
//     date stands for the week before its article's publication date;
//   - they share participants: at least min(2, smaller participant count) of them, so a meeting
//     of A and B never merges with a meeting of A and C, while a one-person visit needs that person;
//   - their locations do not contradict (both given and different → incompatible).
import { createHash } from 'node:crypto';
import type { EventStatus, EventType, ParticipantRole, Precision } from '../extract/types.ts';

/** One article's account of an event: what is stored on its REPORTED_IN edge. */
export interface EventReport {
  /** Deterministic: article id + the extracted event's id. */
  key: string;
  articleId: string;
  articlePublishedAt: string | null;
  type: EventType;
  dateValue: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: EventStatus;
  participants: { actorId: string; role: ParticipantRole }[];
  location: string | null;
  confidence: number;
}

/** A resolved event: the properties of its :Event node, derived from its reports. */
export interface ResolvedEvent {
  id: string;
  type: EventType;
  dateValue: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: EventStatus;
  participants: { actorId: string; role: ParticipantRole }[];
  location: string | null;
  confidence: number;
  reportKeys: string[];
}

const DAY_MS = 86_400_000;
/** How far before publication an undated report may lie. @default 7 days */
export const UNDATED_WINDOW_DAYS = 7;

function interval(r: EventReport): [number, number] | null {
  if (r.dateStart && r.dateEnd) return [Date.parse(r.dateStart), Date.parse(r.dateEnd)];
  if (r.articlePublishedAt) {
    const pub = Date.parse(r.articlePublishedAt);
    return [pub - UNDATED_WINDOW_DAYS * DAY_MS, pub];
  }
  return null;
}

export function compatible(a: EventReport, b: EventReport): boolean {
  if (a.type !== b.type) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  const ia = interval(a);
  const ib = interval(b);
  // Neither date nor publication date: only the same article's own reports could match, and those
  // are already merged by the extractor.
  if (!ia || !ib) return false;
  if (ia[0] > ib[1] || ib[0] > ia[1]) return false;
  const pa = new Set(a.participants.map((p) => p.actorId));
  const pb = b.participants.map((p) => p.actorId);
  const shared = pb.filter((id) => pa.has(id)).length;
  const needed = Math.min(2, pa.size, new Set(pb).size);
  return needed > 0 && shared >= needed;
}

/** Union-find over report indices. */
function components(reports: EventReport[]): number[][] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      if (compatible(reports[i]!, reports[j]!)) {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const groups = new Map<number, number[]>();
  reports.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

const PRECISION_RANK: Record<Precision, number> = { DAY: 0, MONTH: 1, YEAR: 2 };

/**
 * The event's date: the most precise reported one (DAY before MONTH before YEAR); among equals the
 * most reported, then the earliest. EXAMPLE: reports 2024-03 (Esfand 1402) and 2024-03-11 → 2024-03-11.
 */
function pickDate(reports: EventReport[]): Pick<ResolvedEvent, 'dateValue' | 'dateStart' | 'dateEnd' | 'precision'> {
  const dated = reports.filter((r) => r.dateValue && r.precision);
  if (dated.length === 0) return { dateValue: null, dateStart: null, dateEnd: null, precision: null };
  const counts = new Map<string, number>();
  for (const r of dated) counts.set(`${r.dateValue}|${r.dateStart}|${r.dateEnd}`, (counts.get(`${r.dateValue}|${r.dateStart}|${r.dateEnd}`) ?? 0) + 1);
  const best = [...dated].sort(
    (a, b) =>
      PRECISION_RANK[a.precision!] - PRECISION_RANK[b.precision!] ||
      Date.parse(a.dateEnd!) - Date.parse(a.dateStart!) - (Date.parse(b.dateEnd!) - Date.parse(b.dateStart!)) ||
      counts.get(`${b.dateValue}|${b.dateStart}|${b.dateEnd}`)! - counts.get(`${a.dateValue}|${a.dateStart}|${a.dateEnd}`)! ||
      a.dateStart!.localeCompare(b.dateStart!) ||
      a.key.localeCompare(b.key),
  )[0]!;
  return { dateValue: best.dateValue, dateStart: best.dateStart, dateEnd: best.dateEnd, precision: best.precision };
}

/** Participants: the union; each actor's role is the most reported specific one (PARTICIPANT only when no other). */
function pickParticipants(reports: EventReport[]): ResolvedEvent['participants'] {
  const roles = new Map<string, Map<ParticipantRole, number>>();
  for (const r of reports) {
    for (const p of r.participants) {
      const m = roles.get(p.actorId) ?? new Map<ParticipantRole, number>();
      m.set(p.role, (m.get(p.role) ?? 0) + 1);
      roles.set(p.actorId, m);
    }
  }
  return [...roles.entries()]
    .map(([actorId, m]) => {
      const ranked = [...m.entries()].sort(
        (a, b) => Number(a[0] === 'PARTICIPANT') - Number(b[0] === 'PARTICIPANT') || b[1] - a[1] || a[0].localeCompare(b[0]),
      );
      return { actorId, role: ranked[0]![0] };
    })
    .sort((a, b) => a.actorId.localeCompare(b.actorId));
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** The event id: a hash of the type and the smallest report key of the cluster. */
export function eventIdFor(type: EventType, reportKeys: string[]): string {
  const first = [...reportKeys].sort()[0] ?? '';
  return `e-${createHash('sha256').update(`${type}|${first}`).digest('hex').slice(0, 20)}`;
}

/** Clusters reports into events. Same set of reports in any order → the same events. */
export function resolveEvents(reports: EventReport[]): ResolvedEvent[] {
  const sorted = [...reports].sort((a, b) => a.key.localeCompare(b.key));
  return components(sorted)
    .map((idx) => {
      const members = idx.map((i) => sorted[i]!);
      const reportKeys = members.map((m) => m.key).sort();
      return {
        id: eventIdFor(members[0]!.type, reportKeys),
        type: members[0]!.type,
        ...pickDate(members),
        // A planned event later reported as having happened has happened.
        status: members.some((m) => m.status === 'OCCURRED') ? ('OCCURRED' as const) : ('PLANNED' as const),
        participants: pickParticipants(members),
        location: mostCommon(members.map((m) => m.location)),
        // Independent reports raise confidence: 1 - Π(1 - c).
        confidence: Math.round((1 - members.reduce((p, m) => p * (1 - m.confidence), 1)) * 1000) / 1000,
        reportKeys,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
