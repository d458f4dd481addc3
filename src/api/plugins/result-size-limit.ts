// Refuses operations that could return too many nodes: page sizes multiplied along nested lists.
// graphql-armor's cost limit weighs fields but not `first`; this weighs `first`.
// EXAMPLE: actors(first: 100) { nodes { events(first: 100) { nodes { participants { actor { id } } } } } }
//   → 1 + 100 + 100 + 100·100 + 100·100·10 (participants: an unpaged list counts LIST_ESTIMATE) + … > 20,000: refused.
// Only types are imported from graphql: under vitest, this file and the schema can see two copies
// of the graphql module (ESM and CJS), and its instanceof-based helpers would refuse each other's
// types. Duck typing works with either.
import type {
  FragmentDefinitionNode,
  GraphQLArgument,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Lists without `first` count as this many items, unless listed in LIST_SIZES. @default 10 */
export const LIST_ESTIMATE = 10;
/** Known bounds of lists without `first`. */
const LIST_SIZES: Record<string, number> = {
  'Network.actors': 500,
  'Network.edges': 2000,
};

interface TypeLike {
  name?: string;
  ofType?: TypeLike;
  getFields?: () => Record<string, GraphQLField<unknown, unknown>>;
  toString(): string;
}

/** `[X]`, `[X]!`, `[X!]!` are lists. */
function isList(t: TypeLike): boolean {
  return t.toString().startsWith('[');
}

function namedType(t: TypeLike): TypeLike {
  let n = t;
  while (n.ofType) n = n.ofType;
  return n;
}

function isObject(t: TypeLike | null | undefined): t is TypeLike & { name: string; getFields: () => Record<string, GraphQLField<unknown, unknown>> } {
  // Object and interface types have fields; scalars and enums do not.
  return !!t && typeof t.getFields === 'function';
}

/** The value of an Int argument: a literal, a variable, or the argument's default. */
function intValue(node: ValueNode | undefined, arg: GraphQLArgument, variables: Record<string, unknown>): number | null {
  if (!node) return typeof arg.defaultValue === 'number' ? arg.defaultValue : null;
  if (node.kind === 'IntValue') return Number(node.value);
  if (node.kind === 'Variable') {
    const v = variables[node.name.value];
    return typeof v === 'number' ? v : typeof arg.defaultValue === 'number' ? arg.defaultValue : null;
  }
  return null;
}

/** The number of result nodes an operation may produce, at most. */
export function estimateResultNodes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = (operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType()) as TypeLike | null;
  if (!isObject(root)) return 0;
  // `factor`: how many times this selection set is repeated; `page`: inside a connection, its page size.
  const walk = (parent: TypeLike & { name: string; getFields: () => Record<string, GraphQLField<unknown, unknown>> }, set: SelectionSetNode, factor: number, page: number, seen: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === 'FragmentSpread') {
        const frag = fragments[sel.name.value];
        if (!frag || seen.has(frag.name.value)) continue;
        const type = schema.getType(frag.typeCondition.name.value) as TypeLike | undefined;
        total += walk(isObject(type) ? type : parent, frag.selectionSet, factor, page, new Set([...seen, frag.name.value]));
        continue;
      }
      if (sel.kind === 'InlineFragment') {
        const type = (sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent) as TypeLike | undefined;
        total += walk(isObject(type) ? type : parent, sel.selectionSet, factor, page, seen);
        continue;
      }
      const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[sel.name.value];
      if (!field || !sel.selectionSet) continue;
      const named = namedType(field.type as TypeLike);
      if (!isObject(named)) continue;
      let size = 1;
      let innerPage = 1;
      const firstArg = field.args.find((a) => a.name === 'first');
      if (firstArg) {
        const value = intValue(sel.arguments?.find((a) => a.name.value === 'first')?.value, firstArg, variables);
        const n = value && value > 0 ? value : 1;
        // A connection is one object holding a page; a plain list with `first` is the page itself.
        if (named.name.endsWith('Connection')) innerPage = n;
        else size = n;
      } else if (parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) {
        size = page;
      } else if (isList(field.type as TypeLike)) {
        size = LIST_SIZES[`${parent.name}.${field.name}`] ?? LIST_ESTIMATE;
      }
      const here = factor * size;
      total += here + walk(named, sel.selectionSet, here, innerPage, seen);
    }
    return total;
  };
  return walk(root, operation.selectionSet, 1, 1, new Set());
}

export function useResultSizeLimit(maxNodes: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      let operation: OperationDefinitionNode | undefined;
      for (const def of args.document.definitions) {
        if (def.kind === 'FragmentDefinition') fragments[def.name.value] = def;
        else if (def.kind === 'OperationDefinition' && (!args.operationName || def.name?.value === args.operationName)) operation ??= def;
      }
      if (!operation) return;
      const nodes = estimateResultNodes(args.schema, operation, fragments, (args.variableValues ?? {}) as Record<string, unknown>);
      if (nodes > maxNodes) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`The query may return up to ${Math.round(nodes)} nodes, more than the limit of ${maxNodes}: ask for smaller pages (first) in nested lists`, {
              extensions: { code: 'QUERY_TOO_LARGE' },
            }),
          ],
        });
      }
    },
  };
}
