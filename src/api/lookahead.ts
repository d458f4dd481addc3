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

/**
 * True when the current field's selection reaches `path`.
 * EXAMPLE: for `timeline { nodes { participants { role } } }`, selects(info, ['nodes', 'participants']) → true
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const node of level) children(node.selectionSet, name, info, next, new Set());
    if (next.length === 0) return false;
    level = next;
  }
  return true;
}

/** Whether a connection of events shows their participants (through `nodes` or `edges.node`). */
export function showsParticipants(info: GraphQLResolveInfo): boolean {
  return selects(info, ['nodes', 'participants']) || selects(info, ['edges', 'node', 'participants']);
}
