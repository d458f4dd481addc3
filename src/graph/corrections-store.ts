// Analysts' actor corrections: merge actors, rename an actor. Each is applied to the graph at once
// (one write transaction, under the graph writer's lock) and stored as an :ActorCorrection node,
// so that it survives reprocessing: the worker reads the corrections for an extraction's actor ids
// (loadActorCorrections) and rewrites the extraction with them (applyActorCorrections) before it
// writes the article's graph.
import type { ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import type { ExtractionResult, Participant, ParticipantRole } from '../extract/types.ts';
import type { GraphConnection } from './driver.ts';
import { ACTOR_MERGE, ACTOR_RENAME, ACTOR_TARGETS, CORRECTIONS_FOR_ACTORS, CORRECTIONS_LOCK } from './cypher/corrections.ts';

/** The longest canonical name accepted. @default 200 */
export const MAX_ACTOR_NAME_LENGTH = 200;
/** The most actors merged in one call. @default 50 */
export const MAX_MERGE = 50;

interface Target {
  id: string;
  target: string;
  redirected: boolean;
  exists: boolean;
}

async function targets(tx: ManagedTransaction, ids: string[]): Promise<Map<string, Target>> {
  const res = await tx.run(ACTOR_TARGETS, { ids });
  return new Map(
    res.records.map((r) => {
      const t = { id: r.get('id') as string, target: r.get('target') as string, redirected: r.get('redirected') as boolean, exists: r.get('exists') as boolean };
      return [t.id, t] as const;
    }),
  );
}

/**
 * Merges the actors `remove` into `keep` and records redirects `remove → keep`. `keep` may itself be
 * an id merged away before (its current actor is used). Returns the id of the kept actor.
 * Refuses unknown actors, an actor merged into itself, and ids already merged into another actor.
 */
export async function mergeActors(graph: GraphConnection, keep: string, remove: readonly string[]): Promise<string> {
  const removeIds = [...new Set(remove)];
  if (removeIds.length === 0) throw new AppError('BAD_INPUT', '"remove" must name at least one actor');
  if (removeIds.length > MAX_MERGE) throw new AppError('BAD_INPUT', `"remove" may name at most ${MAX_MERGE} actors, got ${removeIds.length}`);
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(CORRECTIONS_LOCK);
      const t = await targets(tx, [keep, ...removeIds]);
      const k = t.get(keep)!;
      if (!k.exists) throw new AppError('NOT_FOUND', `no actor with id "${keep}"`);
      for (const id of removeIds) {
        const r = t.get(id)!;
        if (r.target === k.target) {
          throw new AppError('BAD_INPUT', r.redirected ? `actor "${id}" is already merged into "${k.target}"` : `cannot merge actor "${id}" into itself`);
        }
        if (r.redirected) throw new AppError('BAD_INPUT', `actor "${id}" was merged into "${r.target}" before; merge "${r.target}" instead`);
        if (!r.exists) throw new AppError('NOT_FOUND', `no actor with id "${id}"`);
      }
      for (const id of removeIds) await tx.run(ACTOR_MERGE, { keep: k.target, remove: id });
      return k.target;
    });
  } finally {
    await session.close();
  }
}

/** Sets an actor's canonical name (the old one stays as an alias); returns the actor's id. */
export async function renameActor(graph: GraphConnection, id: string, name: string): Promise<string> {
  const clean = name.replace(/\s+/gu, ' ').trim();
  if (!clean) throw new AppError('BAD_INPUT', '"name" must not be empty');
  if (clean.length > MAX_ACTOR_NAME_LENGTH) throw new AppError('BAD_INPUT', `"name" may be at most ${MAX_ACTOR_NAME_LENGTH} characters, got ${clean.length}`);
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(CORRECTIONS_LOCK);
      const t = (await targets(tx, [id])).get(id)!;
      if (!t.exists) throw new AppError('NOT_FOUND', `no actor with id "${id}"`);
      await tx.run(ACTOR_RENAME, { id: t.target, name: clean });
      return t.target;
    });
  } finally {
    await session.close();
  }
}

/** For each actor id of an extraction: the id to write instead and the canonical name to use. */
export interface ActorCorrections {
  /** id → id it was merged into (only ids that moved). */
  redirects: Map<string, string>;
  /** id (after redirect) → canonical name (renamed, or the stored actor's name). */
  names: Map<string, string>;
}

/** Reads the corrections that apply to `actorIds`, inside the writer's transaction. */
export async function loadActorCorrections(tx: ManagedTransaction, actorIds: readonly string[]): Promise<ActorCorrections> {
  const out: ActorCorrections = { redirects: new Map(), names: new Map() };
  if (actorIds.length === 0) return out;
  const res = await tx.run(CORRECTIONS_FOR_ACTORS, { ids: [...new Set(actorIds)] });
  for (const r of res.records) {
    const id = r.get('id') as string;
    const target = r.get('target') as string;
    const name = r.get('name') as string | null;
    if (target !== id) out.redirects.set(id, target);
    if (name) out.names.set(target, name);
  }
  return out;
}

const ROLE_RANK: Record<ParticipantRole, number> = { HOST: 0, GUEST: 0, INITIATOR: 0, RECIPIENT: 0, PARTICIPANT: 1 };

/**
 * The extraction with corrections applied: merged-away actor ids replaced by the kept ones (their
 * mentions joined, participants deduplicated, keeping a specific role over PARTICIPANT) and
 * canonical names as the analysts set them. Pure; the input is not changed.
 * EXAMPLE: actors [a "Abu Mohammad al-Julani", b "Ahmed al-Sharaa"] with redirect a → b
 *   → actors [b "Ahmed al-Sharaa" with both mention lists]; participants a → b.
 */
export function applyActorCorrections(result: ExtractionResult, c: ActorCorrections): ExtractionResult {
  if (c.redirects.size === 0 && c.names.size === 0) return result;
  const to = (id: string) => c.redirects.get(id) ?? id;
  const actors = new Map<string, ExtractionResult['actors'][number]>();
  for (const a of result.actors) {
    const id = to(a.id);
    const prev = actors.get(id);
    const name = c.names.get(id) ?? (id === a.id ? a.name : (prev?.name ?? a.name));
    actors.set(id, prev
      ? { ...prev, name, mentions: [...prev.mentions, ...a.mentions].sort((x, y) => x.start - y.start) }
      : { ...a, id, name, mentions: [...a.mentions] });
  }
  const events = result.events.map((ev) => {
    const byActor = new Map<string, Participant>();
    for (const p of ev.participants) {
      const id = to(p.actorId);
      const prev = byActor.get(id);
      if (!prev || ROLE_RANK[p.role] < ROLE_RANK[prev.role]) byActor.set(id, { actorId: id, role: p.role });
    }
    return { ...ev, participants: [...byActor.values()] };
  });
  return { ...result, actors: [...actors.values()], events };
}
