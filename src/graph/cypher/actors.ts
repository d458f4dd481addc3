// Cypher for reading :Actor nodes (src/graph/actor-reader.ts). Parameters only.
//
// Name matching compares *keys*: a name folded the same way on both sides (actorKey in
// actor-reader.ts, and here `reduce(... replace ...)` over the same $folds table), so "پوتين"
// (Arabic yeh) finds "پوتین" (Persian yeh) and "Erdoğan" finds "Erdogan".

/** The projection of an actor (its article count is read only when asked for: ARTICLE_COUNTS_BY_ACTOR). */
export const ACTOR_FIELDS = `x {.id, .name, .kind, aliases: coalesce(x.aliases, [])}`;

/** How many articles mention each actor. */
export const ARTICLE_COUNTS_BY_ACTOR = `
UNWIND $ids AS id
MATCH (x:Actor {id: id})
RETURN id, COUNT { (x)-[:MENTIONED_IN]->() } AS n
`;

/** The folded key of `s`; $folds is a list of [from, to] pairs applied in order. */
const KEY = (s: string) => `trim(reduce(k = toLower(normalize(${s}, NFKD)), f IN $folds | replace(k, f[0], f[1])))`;

/** Actors by id; an id merged away by an analyst (an :ActorRedirect) answers with the kept actor. */
export const ACTORS_BY_ID = `
UNWIND $ids AS id
OPTIONAL MATCH (c:ActorRedirect {from: id})
WITH id, coalesce(c.to, id) AS target
MATCH (x:Actor {id: target})
RETURN id, ${ACTOR_FIELDS} AS actor
`;

/**
 * The fast path for a name: exact canonical name (range index) or exact alias (full-text index on
 * name + aliasText, then an exact check). Best first: canonical name, then most mentioned.
 */
export const ACTORS_BY_EXACT_NAME = `
CALL () {
  MATCH (x:Actor) WHERE x.name = $name RETURN x, 0 AS rank
  UNION
  CALL db.index.fulltext.queryNodes('actor_names', $phrase, {limit: 50}) YIELD node AS x
  WITH x WHERE $name IN coalesce(x.aliases, []) RETURN x, 1 AS rank
}
WITH x, min(rank) AS rank
RETURN ${ACTOR_FIELDS} AS actor, rank
ORDER BY rank, COUNT { (x)-[:MENTIONED_IN]->() } DESC, x.id
LIMIT $limit
`;

/**
 * The slow path, a scan: every actor whose folded name (rank 0) or folded alias (rank 1) equals the
 * folded $key, or, with $words, one of which holds $key as whole words (rank 2: "lavrov" finds
 * "Sergey Lavrov"). Best first: rank, then most mentioned.
 */
export const ACTORS_BY_KEY = `
MATCH (x:Actor)
WITH x, ${KEY('x.name')} AS nameKey, [a IN coalesce(x.aliases, []) | ${KEY('a')}] AS aliasKeys
WITH x, CASE
    WHEN nameKey = $key THEN 0
    WHEN $key IN aliasKeys THEN 1
    WHEN $words AND any(k IN [nameKey] + aliasKeys WHERE (' ' + k + ' ') CONTAINS (' ' + $key + ' ')) THEN 2
  END AS rank
WHERE rank IS NOT NULL
RETURN ${ACTOR_FIELDS} AS actor, rank
ORDER BY rank, COUNT { (x)-[:MENTIONED_IN]->() } DESC, x.id
LIMIT $limit
`;

// Keyset pagination on (toLower(name), id). $key null: every actor.
const ACTORS_MATCH = `
MATCH (x:Actor)
WHERE ($kind IS NULL OR x.kind = $kind)
  AND ($key IS NULL OR x.id CONTAINS $key OR ${KEY('x.name')} CONTAINS $key
       OR any(a IN coalesce(x.aliases, []) WHERE ${KEY('a')} CONTAINS $key))
`;

export const ACTORS_PAGE = `
${ACTORS_MATCH}
WITH x, toLower(x.name) AS sortName
WHERE $afterName IS NULL OR sortName > $afterName OR (sortName = $afterName AND x.id > $afterId)
RETURN ${ACTOR_FIELDS} AS actor, sortName
ORDER BY sortName, x.id
LIMIT $limit
`;

export const ACTORS_COUNT = `
${ACTORS_MATCH}
RETURN count(x) AS n
`;

/** Offices held, per actor id. */
export const ROLES_BY_ACTOR = `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[h:HELD_ROLE]->(r:Role)
WITH id, h, r ORDER BY h.from
RETURN id, collect({title: coalesce(h.title, r.title, r.name, r.id),
                    from: CASE WHEN h.from IS NULL THEN null ELSE toString(h.from) END,
                    to: CASE WHEN h.to IS NULL THEN null ELSE toString(h.to) END}) AS roles
`;
