// For the GraphQL API (issue 6).
// Search over evidence quotes (REPORTED_IN.quote). Quotes of every language share one relationship
// type and Neo4j allows one full-text index per property set, so one analyzer serves them all:
// `persian` folds Arabic and Persian letter variants (ي/ی, ك/ک, ة/ه) for fa and ar quotes and
// lower-cases English ones (unstemmed: English stemming is in the article index, article_text_en).
CREATE FULLTEXT INDEX reported_in_quote IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON EACH [r.quote] OPTIONS { indexConfig: { `fulltext.analyzer`: 'persian' } };
// Analysts' actor corrections (src/graph/corrections-store.ts): one node per correction, redirects
// looked up by the id they redirect from (API reads, the graph writer) and by their target (merging chains).
CREATE CONSTRAINT actor_correction_id IF NOT EXISTS FOR (n:ActorCorrection) REQUIRE n.id IS UNIQUE;
CREATE INDEX actor_redirect_from IF NOT EXISTS FOR (n:ActorRedirect) ON (n.from);
CREATE INDEX actor_redirect_to IF NOT EXISTS FOR (n:ActorRedirect) ON (n.to);
CREATE INDEX actor_rename_actor IF NOT EXISTS FOR (n:ActorRename) ON (n.actorId);
// events(orderBy: CONFIDENCE_DESC, filter: {minConfidence}).
CREATE INDEX event_confidence IF NOT EXISTS FOR (n:Event) ON (n.confidence);
