// Cypher for the ingest queue, whose state sits on :Article (graphile-worker's DbJob model):
//   status PENDING | RUNNING | DONE | FAILED, attempts, maxAttempts, runAt, lockedAt, lockedBy,
//   leaseUntil, claimId, error.
// Parameters only. Times are the server's `datetime()` (one clock for workers on several machines).
//
// Why claims cannot hand one article to two workers (Neo4j reads are read-committed):
//   1. QUEUE_CLAIM_LOCK takes a write lock on one lock node: claims run one at a time, and each
//      claim reads the queue after the previous claim committed;
//   2. QUEUE_CLAIM_SELECT picks candidates and write-locks them (`SET a._lock`), in id order;
//   3. QUEUE_CLAIM_TAKE, a new statement, re-reads each locked candidate and takes it only if it
//      is still claimable — a worker finishing a reclaimed article commits before or after, never
//      in between. Every other write of queue state (done, fail, renew) also locks the article first.

/** Serializes claims. The lock node is MERGEd (unique id, migration 005) so an emptied graph heals. */
export const QUEUE_CLAIM_LOCK = `
MERGE (l:Lock {id: 'queue-claim'}) SET l.at = timestamp() RETURN l.id AS id
`;

/**
 * Candidates, oldest `runAt` first: PENDING articles that are due, and RUNNING ones whose lease
 * expired (their worker crashed or hung). Locked in id order, so two lockers never deadlock;
 * `age` is each one's rank by (runAt, id), at the stored precision (finer than a millisecond).
 * EXAMPLE: $limit 2 → ["t-0a…", "u-9f…"]
 */
export const QUEUE_CLAIM_SELECT = `
CALL () {
  // Ordered like the article_queue index (status, runAt, id), so the index provides the order
  // and the LIMIT stops the scan (the 'id IS NOT NULL' lets the planner use all three).
  MATCH (a:Article) WHERE a.status = 'PENDING' AND a.runAt <= datetime() AND a.id IS NOT NULL
  WITH a ORDER BY a.status, a.runAt, a.id LIMIT $limit
  RETURN a
  UNION
  MATCH (a:Article) WHERE a.status = 'RUNNING' AND a.leaseUntil < datetime()
  WITH a ORDER BY a.status, a.leaseUntil LIMIT $limit
  RETURN a
}
WITH a ORDER BY a.runAt, a.id LIMIT $limit
WITH collect(a) AS byAge
UNWIND range(0, size(byAge) - 1) AS age
WITH byAge[age] AS a, age ORDER BY a.id
SET a._lock = true
RETURN a.id AS id, a.status = 'RUNNING' AS reclaim, age
`;

/**
 * An article whose lease expired on its last allowed attempt is not run again: the worker died on
 * it (kill -9, out of memory) as many times as it may, so it fails instead of crash-looping.
 */
export const QUEUE_FAIL_ABANDONED = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.status = 'RUNNING' AND a.leaseUntil < datetime()
  AND coalesce(a.attempts, 0) >= coalesce(a.maxAttempts, $maxAttempts)
SET a.status = 'FAILED', a.failedAt = datetime(),
    a.error = 'worker ' + coalesce(a.lockedBy, '?') + ' stopped while processing it (lease expired) on attempt '
              + toString(a.attempts) + ' of ' + toString(coalesce(a.maxAttempts, $maxAttempts)),
    a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null, a.claimId = null
REMOVE a._lock
RETURN a.id AS id, a.error AS error
`;

/** Takes the still-claimable candidates (a new statement: it reads what the locks protect). */
export const QUEUE_CLAIM_TAKE = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
REMOVE a._lock
WITH a, a.lockedBy AS previousOwner, a.status = 'RUNNING' AS reclaimed
WHERE (a.status = 'PENDING' AND a.runAt <= datetime())
   OR (a.status = 'RUNNING' AND a.leaseUntil < datetime())
SET a.status = 'RUNNING', a.attempts = coalesce(a.attempts, 0) + 1,
    a.maxAttempts = coalesce(a.maxAttempts, $maxAttempts),
    a.lockedBy = $workerId, a.lockedAt = datetime(), a.claimId = randomUUID(),
    a.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN a {
  .id, .text, .sha256, .language, .title, .url, .outlet, .attempts, .maxAttempts, .claimId, .publishedAtSource,
  publishedAt: toString(a.publishedAt), runAt: toString(a.runAt),
  reclaimedFrom: CASE WHEN reclaimed THEN previousOwner ELSE null END,
  processed: coalesce(a.processedCount, 0) > 0
} AS job
`;

/**
 * Locks one article and says whether this claim still holds it: 'held', 'done' (this very claim
 * already committed it: the driver retried a transaction whose commit reply was lost) or 'lost'.
 * First statement of every transaction that changes a claimed article (done, fail).
 */
export const QUEUE_HOLD = `
MATCH (a:Article {id: $id})
SET a._lock = true
WITH a
RETURN CASE
  WHEN a.status = 'RUNNING' AND a.lockedBy = $workerId AND a.claimId = $claimId THEN 'held'
  WHEN a.status = 'DONE' AND a.completedClaimId = $claimId THEN 'done'
  ELSE 'lost' END AS hold
`;

/**
 * QUEUE_HOLD for the transaction that writes a batch of articles' graphs ($claims sorted by id):
 * first the lock that src/graph/event-store.ts serializes event resolution on (MERGEd, so an
 * emptied graph heals), then the articles' — the order the graph writer takes them in, so the two
 * never deadlock.
 */
export const QUEUE_HOLD_FOR_WRITE = `
MERGE (l:Lock {id: 'event-resolution'})
SET l.at = timestamp()
WITH l
UNWIND $claims AS c
MATCH (a:Article {id: c.id})
SET a._lock = true
RETURN c.id AS id, CASE
  WHEN a.status = 'RUNNING' AND a.lockedBy = $workerId AND a.claimId = c.claimId THEN 'held'
  WHEN a.status = 'DONE' AND a.completedClaimId = c.claimId THEN 'done'
  ELSE 'lost' END AS hold
`;

/**
 * The articles' DONE state, in the transaction that wrote its graph. The language label feeds the
 * full-text index of that language (migration 003). $publishedAtSource is the extractor's:
 * 'metadata' keeps the stored date, 'text' stores the dateline it found, 'none' clears it.
 */
export const QUEUE_COMPLETE = `
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.status = 'DONE', a.extractorVersion = row.extractorVersion,
    a.language = CASE WHEN row.language IN ['fa', 'ar', 'en'] THEN row.language ELSE a.language END,
    a.publishedAt = CASE row.publishedAtSource
                      WHEN 'text' THEN date(row.publishedAt)
                      WHEN 'none' THEN null
                      ELSE a.publishedAt END,
    a.publishedAtSource = row.publishedAtSource,
    a.processedAt = datetime(), a.processedCount = coalesce(a.processedCount, 0) + 1,
    a.eventCount = row.events, a.durationMs = row.durationMs,
    a.error = null, a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null,
    a.completedClaimId = row.claimId, a.claimId = null
REMOVE a._lock, a:ArticleFa:ArticleAr:ArticleEn
WITH a
FOREACH (_ IN CASE WHEN a.language = 'fa' THEN [1] ELSE [] END | SET a:ArticleFa)
FOREACH (_ IN CASE WHEN a.language = 'ar' THEN [1] ELSE [] END | SET a:ArticleAr)
FOREACH (_ IN CASE WHEN a.language = 'en' THEN [1] ELSE [] END | SET a:ArticleEn)
RETURN a.status AS status
`;

/**
 * A failed attempt: back to PENDING after exp(min(attempts, 10)) seconds (graphile-worker's
 * failJobs: 2.7 s, 7.4 s, 20 s, 55 s, … capped at 6 h), or FAILED once attempts reach maxAttempts.
 * `attempts` was counted when the article was claimed.
 * EXAMPLE: attempts 2 of 5 → PENDING, runAt = now + 7.389 s
 */
export const QUEUE_FAIL = `
MATCH (a:Article {id: $id})
WITH a, coalesce(a.maxAttempts, $maxAttempts) AS maxAttempts, coalesce(a.attempts, 1) AS attempts
SET a.error = $error, a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null, a.claimId = null,
    a.status = CASE WHEN attempts >= maxAttempts THEN 'FAILED' ELSE 'PENDING' END,
    a.failedAt = CASE WHEN attempts >= maxAttempts THEN datetime() ELSE a.failedAt END,
    a.runAt = CASE WHEN attempts >= maxAttempts THEN a.runAt
              ELSE datetime() + duration({milliseconds: toInteger(round(exp(CASE WHEN attempts < 10 THEN attempts ELSE 10 END) * 1000))}) END
REMOVE a._lock
RETURN a.status AS status, a.attempts AS attempts, maxAttempts, toString(a.runAt) AS runAt
`;

/** Extends the leases this worker still holds; returns the ids still held. */
export const QUEUE_RENEW = `
UNWIND $claims AS c
MATCH (a:Article {id: c.id})
WHERE a.status = 'RUNNING' AND a.lockedBy = $workerId AND a.claimId = c.claimId
SET a.leaseUntil = datetime() + duration({milliseconds: $leaseMs})
RETURN a.id AS id
`;

/** Write-locks articles, in the order given (callers sort by id). */
export const QUEUE_LOCK_MANY = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a._lock = true
`;

/**
 * Gives back claimed articles a stopping worker did not start: PENDING and due at once, the
 * claim's attempt not counted. Runs after QUEUE_LOCK_MANY in the same transaction.
 */
export const QUEUE_RELEASE = `
UNWIND $claims AS c
MATCH (a:Article {id: c.id})
REMOVE a._lock
WITH a, c
WHERE a.status = 'RUNNING' AND a.lockedBy = $workerId AND a.claimId = c.claimId
SET a.status = 'PENDING', a.runAt = datetime(), a.attempts = a.attempts - 1,
    a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null, a.claimId = null
RETURN a.id AS id
`;

/**
 * Releases articles a previous run of this worker id left RUNNING (graphile-worker's
 * resetLockedAt): they are due again at once. The lost attempt stays counted.
 */
export const QUEUE_RESET_LOCKED = `
MATCH (a:Article)
WHERE a.lockedBy = $workerId AND a.status = 'RUNNING'
SET a.status = 'PENDING', a.runAt = datetime(), a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null, a.claimId = null
RETURN count(a) AS n
`;

/** Articles by state, with the next due time (for idle workers and progress). */
export const QUEUE_COUNTS = `
MATCH (a:Article)
WITH a.status AS status, count(*) AS n, min(CASE WHEN a.status = 'PENDING' THEN a.runAt END) AS nextRunAt
RETURN status, n, toString(nextRunAt) AS nextRunAt
`;

/** FAILED articles with their errors, newest first. */
export const QUEUE_FAILED = `
MATCH (a:Article {status: 'FAILED'})
RETURN a.id AS id, a.file AS file, a.url AS url, a.error AS error, a.attempts AS attempts
ORDER BY a.failedAt DESC, a.id
LIMIT $limit
`;

/** Extractor versions of processed articles, for `reprocess --since-version`. */
export const QUEUE_EXTRACTOR_VERSIONS = `
MATCH (a:Article) WHERE a.status IN ['DONE', 'FAILED']
RETURN DISTINCT a.extractorVersion AS version
`;

/**
 * Puts processed articles back in the queue for re-extraction. Their graph stays until the worker
 * replaces it (the article's contribution is rewritten in one transaction, never left orphaned).
 * $mode: 'versions' → DONE articles whose extractorVersion is in $versions (or missing when
 * $includeUnversioned); 'all' → every DONE article. $failed adds FAILED articles.
 */
export const QUEUE_REQUEUE = `
MATCH (a:Article)
WHERE (a.status = 'DONE' AND ($mode = 'all' OR a.extractorVersion IN $versions
                              OR ($includeUnversioned AND a.extractorVersion IS NULL)))
   OR (a.status = 'FAILED' AND $failed)
CALL (a) {
  SET a.status = 'PENDING', a.attempts = 0, a.runAt = datetime(), a.error = null,
      a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null, a.claimId = null
} IN TRANSACTIONS OF 1000 ROWS
RETURN count(a) AS n
`;
