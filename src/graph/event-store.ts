// Writes articles' extractions into the graph, inside the caller's transaction (the worker's one
// transaction per batch of articles). CONTRACT for the worker:
//
//   await session.executeWrite((tx) => writeArticlesGraph(tx, [{ article, result }, …]));
//
// It replaces everything these articles contributed before (re-ingest, corrected text, reprocess),
// resolves their events against the other articles' reports (ingest/resolve-events.ts) and writes
// actors, places, events, PARTICIPATED_IN, AT, REPORTED_IN and MET edges with UNWIND batches.
// It does not touch the articles' queue state; the worker sets that in the same transaction.
//
// Order: lock → old contribution → candidates → re-cluster the touched events with the new
// reports → write the difference: events whose cluster vanished are deleted, new clusters created,
// changed ones updated in place (their participants, place and MET edges rewritten, their reports
// kept unless they moved). Every event is a function of its set of reports, so the graph is a
// function of the set of articles, whatever order and batches they came in.
import type { ManagedTransaction } from 'neo4j-driver';
import { MEETING_LIKE_TYPES, type ExtractionResult } from '../extract/types.ts';
import { resolveEvents, UNDATED_WINDOW_DAYS, type EventReport, type ResolvedEvent } from '../ingest/resolve-events.ts';
import {
  ACTORS_UPSERT,
  ARTICLE_MENTIONS_DELETE,
  ARTICLE_REPORTS_DELETE,
  EVENTS_UPDATE,
  PARTICIPATIONS_CREATE,
  REPORTS_DELETE,
  EVENT_CANDIDATES,
  EVENT_RESOLUTION_LOCK,
  EVENTS_AT,
  EVENTS_CREATE,
  EVENTS_DELETE,
  EVENTS_OF_ARTICLES,
  SPAN_CLASSES,
  spanClassOf,
  MET_CREATE,
  PLACES_UPSERT,
  REPORTS_CREATE,
  REPORTS_OF_EVENTS,
  ROLES_UPSERT,
} from './cypher/events.ts';
import { actorInfo, placeInfo, tenuresOf } from '../extract/actors/index.ts';
import { applyActorCorrections, loadActorCorrections } from './corrections-store.ts';

export interface ArticleGraphInput {
  article: {
    id: string;
    publishedAt: string | null;
    /**
     * True when the article was never written before (never DONE), so it has no earlier
     * contribution to look for. @default false
     */
    firstWrite?: boolean;
  };
  result: ExtractionResult;
}

export interface WriteOptions {
  /** The caller took the event-resolution lock in this transaction already. @default false */
  lockHeld?: boolean;
}

export interface ArticleGraphSummary {
  events: number;
  actors: number;
  /** Events of other articles that this article's reports joined. */
  mergedWith: number;
}

/** Place ids are slugs of the English name. EXAMPLE: "Tel Aviv" → "tel-aviv" */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A report as stored on its REPORTED_IN edge: the evidence beside the resolution inputs. */
export interface StoredReport extends EventReport {
  quote: string;
  start: number;
  end: number;
  /** JSON array of every evidence span of the event in the article. */
  evidence: string;
}

/** The reports of one article, keyed `articleId:extractedEventId`. */
export function reportsOf(input: ArticleGraphInput): StoredReport[] {
  const { article, result } = input;
  const publishedAt = article.publishedAt ?? result.publishedAt;
  return result.events.map((ev) => {
    const first = ev.evidence[0];
    return {
      key: `${article.id}:${ev.id}`,
      articleId: article.id,
      articlePublishedAt: publishedAt,
      type: ev.type,
      dateValue: ev.date?.value ?? null,
      dateStart: ev.date?.start ?? null,
      dateEnd: ev.date?.end ?? null,
      precision: ev.date?.precision ?? null,
      status: ev.status,
      participants: ev.participants,
      location: ev.location,
      confidence: ev.confidence,
      quote: first?.text ?? '',
      start: first?.start ?? -1,
      end: first?.end ?? -1,
      evidence: JSON.stringify(ev.evidence),
    };
  });
}

/** The date window a report can match in (its date, or the week before publication). */
function windowOf(r: EventReport): [string, string] | null {
  if (r.dateStart && r.dateEnd) return [r.dateStart, r.dateEnd];
  if (r.articlePublishedAt) return [addDays(r.articlePublishedAt, -UNDATED_WINDOW_DAYS), r.articlePublishedAt];
  return null;
}

/** Stored REPORTED_IN properties back into a report. */
function fromStored(p: Record<string, unknown>): StoredReport {
  return {
    quote: (p.quote as string) ?? '',
    start: (p.start as number) ?? -1,
    end: (p.end as number) ?? -1,
    evidence: (p.evidence as string) ?? '[]',
    key: p.key as string,
    articleId: p.articleId as string,
    articlePublishedAt: (p.articlePublishedAt as string | null) ?? null,
    type: p.type as EventReport['type'],
    dateValue: (p.dateValue as string | null) ?? null,
    dateStart: (p.dateStart as string | null) ?? null,
    dateEnd: (p.dateEnd as string | null) ?? null,
    precision: (p.precision as EventReport['precision']) ?? null,
    status: p.status as EventReport['status'],
    participants: JSON.parse((p.participants as string) ?? '[]'),
    location: (p.location as string | null) ?? null,
    confidence: (p.confidence as number) ?? 0,
  };
}

function spanOf(ev: ResolvedEvent, reports: Map<string, EventReport>): [string, string] {
  let lo = '9999-12-31';
  let hi = '0000-01-01';
  for (const key of ev.reportKeys) {
    const w = windowOf(reports.get(key)!);
    if (!w) continue;
    if (w[0] < lo) lo = w[0];
    if (w[1] > hi) hi = w[1];
  }
  // An event none of whose reports has a date or a publication date can match nothing later.
  return lo <= hi ? [lo, hi] : ['0001-01-01', '0001-01-01'];
}

const OFFICE_TITLES: Record<string, string> = {
  HEAD_OF_STATE: 'Head of State',
  HEAD_OF_GOVERNMENT: 'Head of Government',
  FOREIGN_MINISTER: 'Foreign Minister',
  DEFENCE_MINISTER: 'Defence Minister',
  SECRETARY_GENERAL: 'Secretary-General',
  OTHER: 'Office',
};

/**
 * HELD_ROLE rows for actors with tenures in the lexicon.
 * EXAMPLE: a foreign minister of Russia → Role {id: 'foreign-minister:russia', title: 'Foreign Minister of Russia'}
 */
export function roleRowsOf(actorIds: string[]) {
  return actorIds.flatMap((actorId) =>
    tenuresOf(actorId).map((t) => {
      const scopeId = t.orgId ?? t.countryId ?? 'unknown';
      const scopeName = actorInfo(scopeId)?.name ?? placeInfo(scopeId)?.name ?? scopeId;
      const office = t.kind === 'OTHER' && t.title ? t.title : (OFFICE_TITLES[t.kind] ?? 'Office');
      return {
        actorId,
        roleId: `${slug(office)}:${scopeId}`,
        kind: t.kind,
        scopeId,
        title: `${office} of ${scopeName}`,
        from: t.from,
        to: t.to,
      };
    }),
  );
}

/** writeArticlesGraph for one article. */
export async function writeArticleGraph(tx: ManagedTransaction, input: ArticleGraphInput): Promise<ArticleGraphSummary> {
  return (await writeArticlesGraph(tx, [input]))[0]!;
}

/** Aliases an actor is written with: its mention texts other than its name, sorted. */
function aliasesOf(a: ExtractionResult['actors'][number]): string[] {
  return [...new Set(a.mentions.map((m) => m.text.trim()).filter((t) => t && t !== a.name))].sort();
}

/**
 * Writes several articles in the caller's transaction, as if each had been written alone, one
 * after the other (the graph is a function of the set of articles, so that is the same graph):
 * one resolution over all their reports, and every statement once for the whole batch.
 * Returns one summary per input, in input order. The article ids must be distinct.
 */
export async function writeArticlesGraph(tx: ManagedTransaction, inputs: readonly ArticleGraphInput[], opts: WriteOptions = {}): Promise<ArticleGraphSummary[]> {
  if (inputs.length === 0) return [];
  const articleIds = inputs.map((i) => i.article.id);
  if (new Set(articleIds).size !== articleIds.length) throw new RangeError('writeArticlesGraph: an article appears twice in one batch');
  // Articles written before: their earlier contribution is replaced.
  const rewritten = inputs.filter((i) => !i.article.firstWrite).map((i) => i.article.id);
  if (!opts.lockHeld) await tx.run(EVENT_RESOLUTION_LOCK);
  // Analysts' corrections (mergeActors, renameActor) win over what the extractor says, so they
  // survive re-processing.
  const ids = inputs.flatMap((i) => [...i.result.actors.map((a) => a.id), ...i.result.events.flatMap((e) => e.participants.map((p) => p.actorId))]);
  const corrections = await loadActorCorrections(tx, ids);
  inputs = inputs.map((i) => ({ ...i, result: applyActorCorrections(i.result, corrections) }));

  const previous = rewritten.length ? ((await tx.run(EVENTS_OF_ARTICLES, { articleIds: rewritten })).records[0]?.get('ids') as string[]) : [];
  const fresh = inputs.flatMap(reportsOf);
  const candidateRows = fresh.flatMap((r) => {
    const w = windowOf(r);
    return w && r.participants.length ? [{ type: r.type, windowStart: w[0], windowEnd: w[1], participantIds: r.participants.map((p) => p.actorId) }] : [];
  });
  const candidates = candidateRows.length
    ? ((await tx.run(EVENT_CANDIDATES, { rows: candidateRows, classes: SPAN_CLASSES })).records[0]?.get('ids') as string[])
    : [];
  const touched = [...new Set([...previous, ...candidates])];
  // Where each other article's report is now: report key → event id.
  const wasOn = new Map<string, string>();
  const others = touched.length
    ? (await tx.run(REPORTS_OF_EVENTS, { ids: touched, articleIds })).records.map((r) => {
        const report = fromStored(r.get('report'));
        wasOn.set(report.key, r.get('eventId') as string);
        return report;
      })
    : [];

  const byKey = new Map<string, StoredReport>();
  for (const r of [...others, ...fresh]) byKey.set(r.key, r);
  const resolved = resolveEvents([...byKey.values()]);

  // Write only what changed. An event keeps its node when it keeps its id (the hash of its
  // smallest report key); it is left alone when its reports are the same ones as before.
  const before = new Map<string, string[]>();
  for (const [key, eventId] of wasOn) before.set(eventId, [...(before.get(eventId) ?? []), key]);
  const touchedSet = new Set(touched);
  const hadBatchReports = new Set(previous);
  const sameKeys = (a: string[] | undefined, b: string[]) => !!a && a.length === b.length && [...a].sort().every((k, i) => k === b[i]);
  const created = resolved.filter((e) => !touchedSet.has(e.id));
  const changed = resolved.filter((e) => touchedSet.has(e.id) && (hadBatchReports.has(e.id) || !sameKeys(before.get(e.id), e.reportKeys)));
  const kept = new Set(resolved.map((e) => e.id));
  const removed = touched.filter((id) => !kept.has(id));

  if (previous.length) await tx.run(ARTICLE_REPORTS_DELETE, { articleIds: rewritten });
  if (removed.length) await tx.run(EVENTS_DELETE, { ids: removed });
  // Other articles' reports that move from a remaining event to another one.
  const newEventOf = new Map(resolved.flatMap((e) => e.reportKeys.map((k) => [k, e.id] as const)));
  const moving = [...wasOn].filter(([key, eventId]) => kept.has(eventId) && newEventOf.get(key) !== eventId).map(([key]) => key);
  if (moving.length) await tx.run(REPORTS_DELETE, { keys: moving });
  if (rewritten.length) await tx.run(ARTICLE_MENTIONS_DELETE, { articleIds: rewritten });

  // Actors of these articles (other articles' actors exist already). One row per actor, its
  // aliases the union over the batch; a new actor's name from the first article by id.
  const actorRows = new Map<string, { id: string; name: string; kind: string; aliases: string[] }>();
  const mentionRows: { actorId: string; articleId: string; count: number }[] = [];
  for (const input of [...inputs].sort((a, b) => a.article.id.localeCompare(b.article.id))) {
    for (const a of input.result.actors) {
      const row = actorRows.get(a.id);
      if (row) row.aliases = [...new Set([...row.aliases, ...aliasesOf(a)])].sort();
      else actorRows.set(a.id, { id: a.id, name: a.name, kind: a.kind, aliases: aliasesOf(a) });
      mentionRows.push({ actorId: a.id, articleId: input.article.id, count: a.mentions.length });
    }
  }
  if (actorRows.size) await tx.run(ACTORS_UPSERT, { rows: [...actorRows.values()], mentions: mentionRows });

  const roleRows = roleRowsOf([...actorRows.keys()]);
  if (roleRows.length) await tx.run(ROLES_UPSERT, { rows: roleRows });

  const written = [...created, ...changed];
  const placeRows = [...new Set(written.map((e) => e.location).filter((l): l is string => !!l))].map((name) => ({ id: slug(name), name }));
  if (placeRows.length) await tx.run(PLACES_UPSERT, { rows: placeRows });

  const rowOf = (e: ResolvedEvent) => {
    const [spanStart, spanEnd] = spanOf(e, byKey);
    return { ...e, spanStart, spanEnd, spanClass: spanClassOf(spanStart, spanEnd), reportCount: e.reportKeys.length, meeting: MEETING_LIKE_TYPES.includes(e.type) };
  };
  if (created.length) await tx.run(EVENTS_CREATE, { rows: created.map(rowOf) });
  if (changed.length) await tx.run(EVENTS_UPDATE, { rows: changed.map(rowOf) });
  const writtenRows = written.map(rowOf);
  if (writtenRows.length) await tx.run(PARTICIPATIONS_CREATE, { rows: writtenRows });

  const atRows = written.filter((e) => e.location).map((e) => ({ eventId: e.id, placeId: slug(e.location!) }));
  if (atRows.length) await tx.run(EVENTS_AT, { rows: atRows });

  // New reports, and reports whose event changed; the others keep their edge.
  const reportRows = written.flatMap((e) =>
    e.reportKeys
      .filter((key) => wasOn.get(key) !== e.id)
      .map((key) => {
        const r = byKey.get(key)!;
        // The report keeps the publication date it was resolved with, so re-clustering later
        // sees exactly what this article saw (order independence).
        const { articleId: aId, participants, ...rest } = r;
        return {
          eventId: e.id,
          articleId: aId,
          props: { ...rest, participants: JSON.stringify(participants), participantIds: participants.map((p) => p.actorId) },
        };
      }),
  );
  if (reportRows.length) await tx.run(REPORTS_CREATE, { rows: reportRows });

  const metRows = written
    .filter((e) => MEETING_LIKE_TYPES.includes(e.type))
    .flatMap((e) => {
      const ids = e.participants.map((p) => p.actorId).sort();
      const pairs = [];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          pairs.push({ from: ids[i], to: ids[j], eventId: e.id, type: e.type, date: e.dateValue, dateStart: e.dateStart, dateEnd: e.dateEnd, precision: e.precision, status: e.status });
        }
      }
      return pairs;
    });
  if (metRows.length) await tx.run(MET_CREATE, { rows: metRows });

  return inputs.map((input) => {
    const prefix = `${input.article.id}:`;
    const own = resolved.filter((e) => e.reportKeys.some((k) => k.startsWith(prefix)));
    return {
      events: own.length,
      actors: input.result.actors.length,
      mergedWith: own.filter((e) => e.reportKeys.some((k) => !k.startsWith(prefix))).length,
    };
  });
}
