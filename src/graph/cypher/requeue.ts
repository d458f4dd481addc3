// Cypher for putting chosen articles back in the ingest queue (src/graph/article-requeue.ts).
// Bulk selections (all, by extractor version, failed) are QUEUE_REQUEUE in cypher/queue.ts.

/** Puts the given articles back to PENDING, clearing the same queue fields as QUEUE_REQUEUE; RUNNING ones are left alone. */
export const ARTICLES_REQUEUE_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.status IN ['PENDING', 'DONE', 'FAILED']
SET a.status = 'PENDING', a.attempts = 0, a.runAt = datetime(), a.error = null,
    a.lockedBy = null, a.lockedAt = null, a.leaseUntil = null, a.claimId = null
RETURN a.id AS id
`;
