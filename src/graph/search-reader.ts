// Full-text search over article text (per-language analyzers) and event evidence quotes.
import { toArticleSummary, toEvent, type ArticleSummary, type EventRecord } from './event-reader.ts';
import { SEARCH } from './cypher/search.ts';
import { int, readRecords, type ReadGraph } from './read.ts';

export const SEARCH_HIT_KINDS = ['ARTICLE', 'EVIDENCE'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export interface RawSearchHit {
  kind: SearchHitKind;
  score: number;
  article: ArticleSummary;
  eventId: string | null;
  /** EVIDENCE: the event the quote reports (with its place). */
  event: EventRecord | null;
  /** ARTICLE: the whole article text; EVIDENCE: the quote. */
  text: string;
  /** Offset of `text` in the article (0 for ARTICLE). */
  start: number;
  end: number;
}

// Lucene's query syntax characters; a user's words are searched for, never parsed as syntax.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The words of `text` as a Lucene query matching any of them (the analyzers rank documents with
 * more and rarer words first). EXAMPLE: `Putin (Moscow)` → `Putin \(Moscow\)`; `AND` → `and`
 */
export function luceneTerms(text: string): string {
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .map((t) => (/^(AND|OR|NOT|TO)$/.test(t) ? t.toLowerCase() : t.replace(LUCENE_SPECIAL, '\\$&')))
    .join(' ');
}

/** A Lucene phrase query for `text`. EXAMPLE: `Sergey "the" Lavrov` → `"Sergey \"the\" Lavrov"` */
export function luceneQuote(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** Best hits first, at most `limit`. */
export async function searchText(graph: ReadGraph, text: string, limit: number): Promise<RawSearchHit[]> {
  const q = luceneTerms(text);
  if (!q) return [];
  const rows = await readRecords(graph, SEARCH, { q, limit: int(limit) });
  return rows.map((r) => {
    const a = r.article as Record<string, unknown>;
    const hitText = (r.text as string | null) ?? '';
    return {
      kind: r.kind as SearchHitKind,
      score: r.score as number,
      article: { ...toArticleSummary(a), ...(r.kind === 'ARTICLE' ? { text: hitText } : {}) },
      eventId: ((r.event as Record<string, unknown> | null)?.id as string | undefined) ?? null,
      event: r.event ? toEvent(r.event as Record<string, unknown>) : null,
      text: hitText,
      start: (r.start as number | null) ?? 0,
      end: (r.end as number | null) ?? hitText.length,
    };
  });
}
