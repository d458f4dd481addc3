// Reads and writes :Article nodes.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { GraphConnection } from './driver.ts';
import { ARTICLES_BY_ID, ARTICLES_COUNT, ARTICLES_ENQUEUE, ARTICLES_PAGE } from './cypher/articles.ts';

export const ARTICLE_STATES = ['PENDING', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

/** An article as handed to the queue. */
export interface ArticleInput {
  text: string;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  /** `YYYY-MM-DD` */
  publishedAt?: string | null;
  language?: string | null;
  /** The file it came from, for people reading the graph. */
  file?: string | null;
}

export interface ArticleRecord {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  language: string | null;
  publishedAt: string | null;
  text: string;
  sha256: string;
  status: ArticleState;
  attempts: number;
  error: string | null;
  extractorVersion: string | null;
  createdAt: string | null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The article id: from the URL when there is one (a corrected version of a page replaces the old
 * one), else from the text (the same text twice is one article).
 * EXAMPLE: url https://example.com/a → "u-3f1c…" (16 hex); no url → "t-9ab2…"
 */
export function articleId(input: Pick<ArticleInput, 'url' | 'text'>): string {
  return input.url ? `u-${sha256(input.url.trim()).slice(0, 16)}` : `t-${sha256(input.text).slice(0, 16)}`;
}

export interface EnqueueResult {
  id: string;
  /** False when the same text was already stored under this id. */
  changed: boolean;
}

export async function enqueueArticles(graph: GraphConnection, inputs: ArticleInput[]): Promise<EnqueueResult[]> {
  const rows = inputs.map((a) => ({
    id: articleId(a),
    text: a.text,
    sha256: sha256(a.text),
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    title: a.title ?? null,
    publishedAt: a.publishedAt ?? null,
    language: a.language ?? null,
    file: a.file ?? null,
  }));
  const { records } = await graph.driver.executeQuery(ARTICLES_ENQUEUE, { rows }, { database: graph.database });
  return records.map((r) => ({ id: r.get('id') as string, changed: r.get('changed') as boolean }));
}

export interface ArticlePage {
  articles: ArticleRecord[];
  hasNextPage: boolean;
}

export interface ArticleCursor {
  publishedAt: string | null;
  id: string;
}

export async function articlesPage(
  graph: GraphConnection,
  opts: { first: number; after: ArticleCursor | null; status: ArticleState | null },
): Promise<ArticlePage> {
  const { records } = await graph.driver.executeQuery(
    ARTICLES_PAGE,
    {
      status: opts.status,
      afterDate: opts.after ? (opts.after.publishedAt ?? '0001-01-01') : null,
      afterId: opts.after?.id ?? null,
      limit: neo4j.int(opts.first + 1),
    },
    { database: graph.database, routing: 'READ' },
  );
  const articles = records.map((r) => toRecord(r.get('article')));
  return { articles: articles.slice(0, opts.first), hasNextPage: articles.length > opts.first };
}

export async function countArticles(graph: GraphConnection, status: ArticleState | null): Promise<number> {
  const { records } = await graph.driver.executeQuery(ARTICLES_COUNT, { status }, { database: graph.database, routing: 'READ' });
  return records[0]?.get('n') ?? 0;
}

/** One value per id, in id order (a DataLoader batch function). */
export async function articlesByIds(graph: GraphConnection, ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
  const { records } = await graph.driver.executeQuery(ARTICLES_BY_ID, { ids }, { database: graph.database, routing: 'READ' });
  const byId = new Map(records.map((r) => {
    const a = toRecord(r.get('article'));
    return [a.id, a] as const;
  }));
  return ids.map((id) => byId.get(id) ?? null);
}

function toRecord(a: Record<string, unknown>): ArticleRecord {
  return {
    id: a.id as string,
    url: (a.url as string) ?? null,
    outlet: (a.outlet as string) ?? null,
    title: (a.title as string) ?? null,
    language: (a.language as string) ?? null,
    publishedAt: (a.publishedAt as string) ?? null,
    text: (a.text as string) ?? '',
    sha256: (a.sha256 as string) ?? '',
    status: ((a.status as string) ?? 'PENDING') as ArticleState,
    attempts: (a.attempts as number) ?? 0,
    error: (a.error as string) ?? null,
    extractorVersion: (a.extractorVersion as string) ?? null,
    createdAt: (a.createdAt as string) ?? null,
  };
}
