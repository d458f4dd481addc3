// Cypher for analysts' actor corrections (src/graph/corrections-store.ts). Corrections are stored as
// nodes so that they outlive the graph they were made on: the worker rewrites an article's events
// from scratch when it reprocesses it, and applies these on the way in (applyActorCorrections).
//
//   (:ActorCorrection:ActorRedirect {id: 'redirect:<from>', kind: 'MERGE', from, to, fromName, createdAt})
//   (:ActorCorrection:ActorRename   {id: 'rename:<actorId>', kind: 'RENAME', actorId, name, originalName, createdAt})
//
// Redirect chains are collapsed when written (A→B, then B→C makes A→C), so one lookup suffices.

/** The same lock the graph writer takes (migration 004): a correction never interleaves with an article's write. */
export const CORRECTIONS_LOCK = `
MATCH (l:Lock {id: 'event-resolution'}) SET l.at = timestamp() RETURN l.id AS id
`;

/** Where each id points now (itself when not merged away), and whether that actor exists. */
export const ACTOR_TARGETS = `
UNWIND $ids AS id
OPTIONAL MATCH (c:ActorRedirect {from: id})
WITH id, coalesce(c.to, id) AS target, c IS NOT NULL AS redirected
OPTIONAL MATCH (x:Actor {id: target})
RETURN id, target, redirected, x IS NOT NULL AS exists
`;

/**
 * Moves everything of actor $remove to actor $keep and deletes $remove: participations, MET edges
 * (a meeting between the two disappears), mentions, offices, its names as aliases, and its id inside
 * the stored reports (REPORTED_IN.participants, JSON written by JSON.stringify), so re-clustering an
 * event later does not bring $remove back.
 */
export const ACTOR_MERGE = `
MATCH (k:Actor {id: $keep}), (r:Actor {id: $remove})
CALL (k, r) {
  MATCH (r)-[p:PARTICIPATED_IN]->(e:Event)
  WHERE NOT EXISTS { (k)-[:PARTICIPATED_IN]->(e) }
  CREATE (k)-[p2:PARTICIPATED_IN]->(e) SET p2 = properties(p), p2.resKey = e.type + '|' + k.id
}
CALL (k, r) {
  MATCH (r)-[m:MET]-(o:Actor)
  WHERE o <> k AND NOT EXISTS { (k)-[m2:MET]-(o) WHERE m2.eventId = m.eventId }
  CREATE (k)-[m3:MET]->(o) SET m3 = properties(m)
}
CALL (k, r) {
  MATCH (r)-[m:MENTIONED_IN]->(a:Article)
  MERGE (k)-[m2:MENTIONED_IN]->(a)
  SET m2.count = coalesce(m2.count, 0) + coalesce(m.count, 0)
}
CALL (k, r) {
  MATCH (r)-[h:HELD_ROLE]->(ro:Role)
  WHERE NOT EXISTS { (k)-[h2:HELD_ROLE]->(ro) WHERE h2.from = h.from OR (h2.from IS NULL AND h.from IS NULL) }
  CREATE (k)-[h3:HELD_ROLE]->(ro) SET h3 = properties(h)
}
CALL (k, r) {
  MATCH (r)-[:PARTICIPATED_IN]->(:Event)-[rep:REPORTED_IN]->(:Article)
  WHERE rep.participants IS NOT NULL
  SET rep.participants = replace(rep.participants, '"actorId":"' + r.id + '"', '"actorId":"' + k.id + '"')
}
CALL (k, r) {
  OPTIONAL MATCH (older:ActorRedirect {to: r.id})
  SET older.to = k.id
}
CALL (r) {
  OPTIONAL MATCH (n:ActorRename {actorId: r.id})
  DETACH DELETE n
}
WITH k, r, [a IN coalesce(k.aliases, []) + [r.name] + coalesce(r.aliases, []) WHERE a IS NOT NULL AND a <> k.name] AS names
SET k.aliases = reduce(s = [], a IN names | CASE WHEN a IN s THEN s ELSE s + a END)
SET k.aliasText = reduce(t = k.name, a IN k.aliases | t + ' | ' + a)
MERGE (c:ActorCorrection:ActorRedirect {id: 'redirect:' + r.id})
SET c.kind = 'MERGE', c.from = r.id, c.to = k.id, c.fromName = r.name, c.createdAt = datetime()
WITH k, r
DETACH DELETE r
RETURN k.id AS id
`;

/** Sets the canonical name; the previous one becomes an alias. */
export const ACTOR_RENAME = `
MATCH (x:Actor {id: $id})
WITH x, x.name AS old
SET x.name = $name
SET x.aliases = reduce(s = [], a IN coalesce(x.aliases, []) + [old] | CASE WHEN a IS NULL OR a = $name OR a IN s THEN s ELSE s + a END)
SET x.aliasText = reduce(t = x.name, a IN x.aliases | t + ' | ' + a)
MERGE (c:ActorCorrection:ActorRename {id: 'rename:' + x.id})
  ON CREATE SET c.originalName = old
SET c.kind = 'RENAME', c.actorId = x.id, c.name = $name, c.createdAt = datetime()
RETURN x.id AS id
`;

/** What the graph writer needs for the actor ids of an extraction: where each id points, and the corrected name there. */
export const CORRECTIONS_FOR_ACTORS = `
UNWIND $ids AS id
OPTIONAL MATCH (c:ActorRedirect {from: id})
WITH id, coalesce(c.to, id) AS target
OPTIONAL MATCH (n:ActorRename {actorId: target})
OPTIONAL MATCH (t:Actor {id: target})
RETURN id, target, coalesce(n.name, t.name) AS name
`;
