// Full-text search. An index's analyzer is fixed at creation, so each language gets its own
// index over a language label that the ingest worker adds (:ArticleFa, :ArticleAr, :ArticleEn) next to :Article.
CREATE FULLTEXT INDEX article_text_fa IF NOT EXISTS FOR (n:ArticleFa) ON EACH [n.title, n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'persian' } };
CREATE FULLTEXT INDEX article_text_ar IF NOT EXISTS FOR (n:ArticleAr) ON EACH [n.title, n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE FULLTEXT INDEX article_text_en IF NOT EXISTS FOR (n:ArticleEn) ON EACH [n.title, n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
// Actor names and aliases in every script; standard-folding strips accents and case.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
