// Cypher for full-text search (src/graph/search-reader.ts): the per-language article indexes of
// migration 003 and the evidence-quote index on REPORTED_IN of migration 006, in one query.
// Scores come from different indexes; they are comparable within a kind, roughly across kinds.
import { ARTICLE_SUMMARY, EVENT_FIELDS } from './events-read.ts';

// Texts, summaries and events are projected after the final LIMIT: only for the hits returned.
export const SEARCH = `
CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('article_text_fa', $q, {limit: $limit}) YIELD node, score RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('article_text_ar', $q, {limit: $limit}) YIELD node, score RETURN node, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('article_text_en', $q, {limit: $limit}) YIELD node, score RETURN node, score
  }
  WITH node AS a, max(score) AS score
  ORDER BY score DESC LIMIT $limit
  RETURN 'ARTICLE' AS kind, score, a, null AS r, null AS e
  UNION ALL
  CALL db.index.fulltext.queryRelationships('reported_in_quote', $q, {limit: $limit}) YIELD relationship AS r, score
  MATCH (e:Event)-[r]->(a:Article)
  RETURN 'EVIDENCE' AS kind, score, a, r, e
}
WITH kind, score, a, r, e
ORDER BY score DESC, kind, a.id, e.id
LIMIT $limit
RETURN kind, score, ${ARTICLE_SUMMARY} AS article,
  CASE WHEN kind = 'ARTICLE' THEN a.text ELSE r.quote END AS text,
  coalesce(r.start, 0) AS start, r.end AS end,
  CASE WHEN e IS NULL THEN null ELSE ${EVENT_FIELDS} END AS event
`;
