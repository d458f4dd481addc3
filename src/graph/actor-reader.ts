// Reads :Actor nodes for the API: by id (following analysts' merge redirects), by name or alias in
// any script, and pages of actors matching a search.
import type { ActorKind } from '../extract/types.ts';
import { ACTORS_BY_EXACT_NAME, ACTORS_BY_ID, ACTORS_BY_KEY, ACTORS_COUNT, ACTORS_PAGE, ARTICLE_COUNTS_BY_ACTOR, ROLES_BY_ACTOR } from './cypher/actors.ts';
import { int, readRecords, type ReadGraph } from './read.ts';
import { luceneQuote } from './search-reader.ts';

export interface ActorRecord {
  id: string;
  name: string;
  kind: ActorKind | null;
  aliases: string[];
}

export interface ActorRoleRecord {
  title: string;
  from: string | null;
  to: string | null;
}

/**
 * How names are folded before they are compared, applied after NFKD and lower-casing (so Latin
 * accents and Arabic hamza/madda forms are already split off as marks). The same table runs in
 * Cypher (cypher/actors.ts), so both sides fold alike.
 * EXAMPLE: "پوتين" → "پوتین", "أحمد الشرع" → "احمد الشرع", "Erdoğan" → "erdogan"
 */
export const ACTOR_KEY_FOLDS: readonly (readonly [string, string])[] = [
  ['\u064a', '\u06cc'], // ARABIC YEH → FARSI YEH
  ['\u0649', '\u06cc'], // ALEF MAKSURA → FARSI YEH
  ['\u06d2', '\u06cc'], // YEH BARREE
  ['\u0643', '\u06a9'], // ARABIC KAF → KEHEH
  ['\u0629', '\u0647'], // TEH MARBUTA → HEH
  ['\u06d5', '\u0647'], // AE (what NFKD leaves of HEH WITH YEH ABOVE) → HEH
  ['\u0671', '\u0627'], // ALEF WASLA → ALEF
  // Marks: Arabic harakat, hamza/madda above and below, superscript alef, tatweel; Latin accents.
  ...Array.from({ length: 0x065f - 0x064b + 1 }, (_, i) => [String.fromCharCode(0x064b + i), ''] as const),
  ['\u0670', ''],
  ['\u0640', ''],
  ...Array.from({ length: 0x030c - 0x0300 + 1 }, (_, i) => [String.fromCharCode(0x0300 + i), ''] as const),
  ['\u0323', ''],
  ['\u0327', ''],
  ['\u0328', ''],
  // Invisible characters: ZWNJ is a word break in Persian, the rest carry nothing.
  ['\u200c', ' '],
  ['\u200d', ''],
  ['\u200b', ''],
  ['\ufeff', ''],
  ['\u200e', ''],
  ['\u200f', ''],
  ['\u061c', ''],
  ['-', ' '],
  ['.', ''],
  ['\u2010', ' '],
  ['\t', ' '],
  ['  ', ' '],
  ['  ', ' '],
];

/** The folded form of a name; equal keys are the same name. EXAMPLE: " Sergey  LAVROV " → "sergey lavrov" */
export function actorKey(name: string): string {
  let k = name.normalize('NFKD').toLowerCase();
  for (const [from, to] of ACTOR_KEY_FOLDS) k = k.replaceAll(from, to);
  return k.trim();
}

/** Shortest name matched as words inside longer names. @default 3 */
export const MIN_WORD_KEY = 3;

const FOLDS = ACTOR_KEY_FOLDS.map(([a, b]) => [a, b]);

function toActor(a: Record<string, unknown>): ActorRecord {
  return {
    id: a.id as string,
    name: (a.name as string) ?? (a.id as string),
    kind: (a.kind as ActorKind | null) ?? null,
    aliases: (a.aliases as string[]) ?? [],
  };
}

/** One value per id, in id order; a merged-away id gives the actor it was merged into. */
export async function actorsByIds(graph: ReadGraph, ids: readonly string[]): Promise<(ActorRecord | null)[]> {
  const rows = await readRecords(graph, ACTORS_BY_ID, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, toActor(r.actor as Record<string, unknown>)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The actors a name designates, best first: exact canonical name, exact alias, then the same after
 * folding (letter variants, case, accents, diacritics), then names holding it as whole words
 * ("Lavrov" → Sergey Lavrov). An empty list when nothing matches.
 */
export async function actorsByName(graph: ReadGraph, name: string, limit = 10): Promise<ActorRecord[]> {
  const trimmed = name.trim();
  const key = actorKey(trimmed);
  if (!key) return [];
  const exact = await readRecords(graph, ACTORS_BY_EXACT_NAME, { name: trimmed, phrase: luceneQuote(trimmed), limit: int(limit) });
  if (exact.length) return exact.map((r) => toActor(r.actor as Record<string, unknown>));
  const folded = await readRecords(graph, ACTORS_BY_KEY, { key, words: key.length >= MIN_WORD_KEY, folds: FOLDS, limit: int(limit) });
  return folded.map((r) => toActor(r.actor as Record<string, unknown>));
}

export interface ActorCursor {
  name: string;
  id: string;
}

export interface ActorPageQuery {
  search: string | null;
  kind: ActorKind | null;
  first: number;
  after: ActorCursor | null;
}

export async function actorsPage(graph: ReadGraph, q: ActorPageQuery): Promise<{ actors: { actor: ActorRecord; cursor: ActorCursor }[]; hasNextPage: boolean }> {
  const key = q.search ? actorKey(q.search) || null : null;
  const rows = await readRecords(graph, ACTORS_PAGE, {
    key,
    kind: q.kind,
    folds: FOLDS,
    afterName: q.after?.name ?? null,
    afterId: q.after?.id ?? null,
    limit: int(q.first + 1),
  });
  const actors = rows.map((r) => {
    const actor = toActor(r.actor as Record<string, unknown>);
    return { actor, cursor: { name: r.sortName as string, id: actor.id } };
  });
  return { actors: actors.slice(0, q.first), hasNextPage: actors.length > q.first };
}

export async function countActors(graph: ReadGraph, q: Pick<ActorPageQuery, 'search' | 'kind'>): Promise<number> {
  const key = q.search ? actorKey(q.search) || null : null;
  const [row] = await readRecords(graph, ACTORS_COUNT, { key, kind: q.kind, folds: FOLDS });
  return (row?.n as number) ?? 0;
}

/** Offices held, one list per actor id, in id order. */
export async function rolesByActorIds(graph: ReadGraph, ids: readonly string[]): Promise<ActorRoleRecord[][]> {
  const rows = await readRecords(graph, ROLES_BY_ACTOR, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, r.roles as ActorRoleRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** How many articles mention each actor, in id order. */
export async function articleCountsByActorIds(graph: ReadGraph, ids: readonly string[]): Promise<number[]> {
  const rows = await readRecords(graph, ARTICLE_COUNTS_BY_ACTOR, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, r.n as number]));
  return ids.map((id) => byId.get(id) ?? 0);
}
