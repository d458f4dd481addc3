// Reads the MET network around an actor for the API's `network` query: actors within a few hops
// and the dated MET edges among them.
import type { EventStatus, EventType, Precision } from '../extract/types.ts';
import { ACTOR_REDIRECT, NETWORK_EDGES, NETWORK_NEIGHBOURS } from './cypher/events-read.ts';
import { int, readRecords, type ReadGraph } from './read.ts';

export interface MetRecord {
  from: string;
  to: string;
  eventId: string;
  type: EventType;
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: EventStatus;
}

export interface NetworkRecord {
  center: string;
  actorIds: string[];
  edges: MetRecord[];
  truncated: boolean;
}

export interface NetworkRequest {
  actorId: string;
  from: string | null;
  to: string | null;
  depth: number;
  /** @default 500 */
  maxActors?: number;
  /** @default 2000 */
  maxEdges?: number;
}

/**
 * The actors within `depth` MET hops of an actor and the MET edges among them. One query per hop
 * plus one for the edges: at most depth + 2 queries, whatever the size.
 */
export async function network(graph: ReadGraph, req: NetworkRequest): Promise<NetworkRecord> {
  const maxActors = req.maxActors ?? 500;
  const maxEdges = req.maxEdges ?? 2000;
  const [center] = await readRecords(graph, ACTOR_REDIRECT, { id: req.actorId });
  const centerId = (center?.id as string) ?? req.actorId;
  const seen = new Set([centerId]);
  let frontier = [centerId];
  let truncated = false;
  for (let hop = 0; hop < req.depth && frontier.length; hop++) {
    const room = maxActors - seen.size;
    const rows = await readRecords(graph, NETWORK_NEIGHBOURS, { frontier, from: req.from, to: req.to, limit: int(room + seen.size + 1) });
    const next: string[] = [];
    for (const r of rows) {
      const id = r.id as string;
      if (seen.has(id)) continue;
      if (seen.size >= maxActors) {
        truncated = true;
        break;
      }
      seen.add(id);
      next.push(id);
    }
    frontier = next;
  }
  const ids = [...seen];
  const rows = await readRecords(graph, NETWORK_EDGES, { ids, from: req.from, to: req.to, limit: int(maxEdges + 1) });
  if (rows.length > maxEdges) truncated = true;
  const edges = rows.slice(0, maxEdges).map((r) => {
    const m = r.met as Record<string, unknown>;
    return {
      from: r.from as string,
      to: r.to as string,
      eventId: m.eventId as string,
      type: m.type as EventType,
      date: (m.date as string | null) ?? null,
      dateStart: (m.dateStart as string | null) ?? null,
      dateEnd: (m.dateEnd as string | null) ?? null,
      precision: (m.precision as Precision | null) ?? null,
      status: ((m.status as EventStatus | null) ?? 'OCCURRED'),
    };
  });
  return { center: centerId, actorIds: ids, edges, truncated };
}
