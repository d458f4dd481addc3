import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateResultNodes } from '../../src/api/plugins/result-size-limit.ts';
import { createSchema } from '../../src/api/schema.ts';

const schema = createSchema();

function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return estimateResultNodes(schema, op, fragments, variables);
}

describe('estimateResultNodes', () => {
  it('multiplies page sizes along nested connections', () => {
    // events: 1 connection + 10 nodes; each node: participants (10) + their actor (10).
    expect(estimate('{ events(first: 10) { nodes { id participants { actor { id } } } } }')).toBe(1 + 10 + 10 * 10 + 10 * 10);
    const nested = estimate('{ actors(first: 100) { nodes { events(first: 100) { nodes { id } } } } }');
    expect(nested).toBe(1 + 100 + 100 + 100 * 100);
  });

  it('reads `first` from variables and defaults, and follows fragments', () => {
    const q = 'query($n: Int) { timeline(first: $n) { ...F } } fragment F on EventConnection { nodes { id place { id } } }';
    expect(estimate(q, { n: 5 })).toBe(1 + 5 + 5);
    expect(estimate(q)).toBe(1 + 100 + 100);
  });

  it('counts plain lists by `first` (search) or their known bounds (network)', () => {
    expect(estimate('{ search(text: "x", first: 7) { article { id } } }')).toBe(7 + 7);
    expect(estimate('{ network(actorId: "a") { actors { id } } }')).toBe(1 + 500);
  });
});
