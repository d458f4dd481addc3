// Cypher for :Article nodes. Parameters only; batch writes UNWIND $rows and MERGE on ids.

/** Adds articles to the queue. Same id and same text: nothing changes; new text: back to PENDING. */
export const ARTICLES_ENQUEUE = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
  ON CREATE SET a.createdAt = datetime(), a.status = 'PENDING', a.attempts = 0, a.runAt = datetime()
WITH a, row, coalesce(a.sha256, '') <> row.sha256 AS changed
SET a.url = row.url, a.outlet = row.outlet, a.title = row.title, a.file = row.file,
    a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
    a.language = coalesce(row.language, a.language)
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
  SET a.text = row.text, a.sha256 = row.sha256, a.status = 'PENDING', a.attempts = 0,
      a.runAt = datetime(), a.error = null, a.lockedAt = null, a.lockedBy = null)
RETURN a.id AS id, changed
`;

// Keyset pagination on (publishedAt desc, id asc): the cursor carries both.
export const ARTICLES_PAGE = `
MATCH (a:Article)
WHERE ($status IS NULL OR a.status = $status)
  AND ($afterDate IS NULL
       OR coalesce(a.publishedAt, date('0001-01-01')) < date($afterDate)
       OR (coalesce(a.publishedAt, date('0001-01-01')) = date($afterDate) AND a.id > $afterId))
RETURN a {.*, publishedAt: toString(a.publishedAt), createdAt: toString(a.createdAt)} AS article
ORDER BY coalesce(a.publishedAt, date('0001-01-01')) DESC, a.id ASC
LIMIT $limit
`;

export const ARTICLES_COUNT = `
MATCH (a:Article) WHERE ($status IS NULL OR a.status = $status) RETURN count(a) AS n
`;

export const ARTICLES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.*, publishedAt: toString(a.publishedAt), createdAt: toString(a.createdAt)} AS article
`;
