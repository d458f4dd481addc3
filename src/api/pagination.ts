import { createGraphQLError } from 'graphql-yoga';

/** Page sizes: at least 1, at most 100 (hackernews' applyTakeConstraints). */
export const MAX_PAGE_SIZE = 100;

export function clampFirst(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) {
    throw createGraphQLError(`"first" must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${n}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (n > MAX_PAGE_SIZE) {
    throw createGraphQLError(`"first" may be at most ${MAX_PAGE_SIZE}, got ${n}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return n;
}

/** Opaque cursors: base64url of a JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | null {
  if (cursor == null) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!check(value)) {
    throw createGraphQLError(`"after" is not a cursor this query returned: ${cursor}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

export interface Connection<N> {
  edges: { readonly cursor: string; node: N }[];
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counted only when asked for (a getter): a count is a query of its own. */
  readonly totalCount: Promise<number>;
}

/**
 * A Relay connection from a page of rows, each with its cursor value. Cursors are encoded and the
 * total counted only when the query reads them (getters, read by the default field resolver).
 */
export function connection<N>(rows: { node: N; cursor: unknown }[], hasNextPage: boolean, totalCount: () => Promise<number>): Connection<N> {
  const edges = rows.map((r) => ({
    node: r.node,
    get cursor() {
      return encodeCursor(r.cursor);
    },
  }));
  return {
    edges,
    nodes: rows.map((r) => r.node),
    pageInfo: {
      hasNextPage,
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      return totalCount();
    },
  };
}
