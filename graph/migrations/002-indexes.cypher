// Range indexes for the queue (status, runAt), timelines (dates, type) and de-duplication (sha256, url).
CREATE INDEX article_status IF NOT EXISTS FOR (n:Article) ON (n.status, n.runAt);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_sha256 IF NOT EXISTS FOR (n:Article) ON (n.sha256);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
CREATE INDEX event_date_end IF NOT EXISTS FOR (n:Event) ON (n.dateEnd);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX met_date IF NOT EXISTS FOR ()-[r:MET]-() ON (r.date);
