// Looking ahead into the query: does the client select this nested field? Lets a resolver read
// what will be shown in the same Cypher query instead of a second round trip.
// Kinds are compared as strings: no graphql runtime import (see plugins/result-size-limit.ts).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function children(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, out: FieldNode[], seen: Set<string>): void {
  if (!set) return;
  for (const sel of set.selections) {
    if (sel.kind === 'Field') {
      if (sel.name.value === name) out.push(sel);
    } else if (sel.kind === 'InlineFragment') {
      children(sel.selectionSet, name, info, out, seen);
    } else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      children(info.fragments[sel.name.value]?.selectionSet, name, info, out, seen);
    }
  }
}

/** The field nodes the current field's selection reaches at `path` (empty: not selected). */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): readonly FieldNode[] {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const node of level) children(node.selectionSet, name, info, next, new Set());
    if (next.length === 0) return [];
    level = next;
  }
  return level;
}

/**
 * True when the current field's selection reaches `path`.
 * EXAMPLE: for `timeline { nodes { participants { role } } }`, selects(info, ['nodes', 'participants']) → true
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

/**
 * The names of the fields selected at `path` below the current field (every alias and fragment
 * merged), or null when `path` itself is not selected.
 * EXAMPLE: for `nodes { participants { actor { id name } } }`, selectedFields(info, ['nodes', 'participants', 'actor']) → {id, name}
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  const level = fieldsAt(info, path);
  if (level.length === 0) return null;
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') names.add(sel.name.value);
      else if (sel.kind === 'InlineFragment') collect(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        collect(info.fragments[sel.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const node of level) collect(node.selectionSet, new Set());
  return names;
}

/**
 * How much of each event's participants a list of events shows: `none`; `brief` when their actors
 * show at most `id` and `name` (read with the events, but not shared with other parts of the
 * request, which may want more of the actor); `full` otherwise.
 */
export type ParticipantDetail = 'none' | 'brief' | 'full';

/** Actor fields a brief participant carries. */
const BRIEF_ACTOR_FIELDS: ReadonlySet<string> = new Set(['id', 'name', '__typename']);

/** How much of the participants of the event at `prefix` (below the current field) the query shows. */
export function participantDetail(info: GraphQLResolveInfo, prefix: readonly string[] = []): ParticipantDetail {
  if (!selects(info, [...prefix, 'participants'])) return 'none';
  const actor = selectedFields(info, [...prefix, 'participants', 'actor']);
  return !actor || [...actor].every((f) => BRIEF_ACTOR_FIELDS.has(f)) ? 'brief' : 'full';
}

const DETAIL_RANK: Record<ParticipantDetail, number> = { none: 0, brief: 1, full: 2 };

/** What a connection of events (`nodes` or `edges.node`) shows of each event besides its own fields. */
export function eventListSelection(info: GraphQLResolveInfo): { participants: ParticipantDetail; place: boolean } {
  let participants: ParticipantDetail = 'none';
  let place = false;
  for (const prefix of [['nodes'], ['edges', 'node']]) {
    if (selects(info, [...prefix, 'place'])) place = true;
    const detail = participantDetail(info, prefix);
    if (DETAIL_RANK[detail] > DETAIL_RANK[participants]) participants = detail;
  }
  return { participants, place };
}
