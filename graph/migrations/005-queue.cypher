// The ingest queue (src/ingest/queue.ts). Lock nodes are MERGEd by the code that takes them, so a
// unique id makes MERGE safe under concurrency (two workers never create two lock nodes).
CREATE CONSTRAINT lock_id IF NOT EXISTS FOR (n:Lock) REQUIRE n.id IS UNIQUE;
// Claims are serialized on this node: the next articles are picked by one worker at a time.
MERGE (l:Lock {id: 'queue-claim'});
// Claims read due articles in (runAt, id) order straight from this index: a claim reads `limit`
// entries, not every PENDING article (1,000 queued: 6 index hits instead of 1,002).
CREATE INDEX article_queue IF NOT EXISTS FOR (n:Article) ON (n.status, n.runAt, n.id);
// Expired leases (a crashed worker's articles) and a worker's own locks are found by these.
CREATE INDEX article_lease IF NOT EXISTS FOR (n:Article) ON (n.status, n.leaseUntil);
CREATE INDEX article_locked_by IF NOT EXISTS FOR (n:Article) ON (n.lockedBy);
