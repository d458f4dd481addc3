// Cypher for full-text search (src/graph/search-reader.ts): the per-language article indexes of
// migration 003 and the evidence-quote index on REPORTED_IN of migration 006, in one query.
// Scores come from different indexes; they are comparable within a kind, roughly across kinds.
import { ARTICLE_SUMMARY } from './events-read.ts';

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
  RETURN 'ARTICLE' AS kind, score, ${ARTICLE_SUMMARY} AS article, null AS eventId, a.text AS text, 0 AS start, null AS end
  UNION ALL
  CALL db.index.fulltext.queryRelationships('reported_in_quote', $q, {limit: $limit}) YIELD relationship AS r, score
  MATCH (e:Event)-[r]->(a:Article)
  RETURN 'EVIDENCE' AS kind, score, ${ARTICLE_SUMMARY} AS article, e.id AS eventId, r.quote AS text, r.start AS start, r.end AS end
}
RETURN kind, score, article, eventId, text, start, end
ORDER BY score DESC, kind, article.id, eventId
LIMIT $limit
`;
