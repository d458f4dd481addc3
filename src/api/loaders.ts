// DataLoaders, created per request (never shared between requests: no cache leaks across users).
// Each batch runs one UNWIND $ids query and returns one value per key, in key order; so a page of
// 100 events with their participants, places and sources costs the same few queries as a page of 1.
import DataLoader from 'dataloader';
import { actorsByIds, articleCountsByActorIds, rolesByActorIds, type ActorRecord, type ActorRoleRecord } from '../graph/actor-reader.ts';
import { articlesByIds, type ArticleRecord } from '../graph/article-store.ts';
import {
  articleSummariesByIds,
  articleTextsByIds,
  countEventsByKey,
  eventsByIds,
  eventsPagesByKey,
  participantsByEventIds,
  placesByEventIds,
  sourcesByEventIds,
  type ArticleSummary,
  type EventCriteria,
  type EventPage,
  type EventPageRequest,
  type EventRecord,
  type ParticipantRecord,
  type PlaceRecord,
  type SourceRecord,
} from '../graph/event-reader.ts';
import type { ReadGraph } from '../graph/read.ts';

export interface Loaders {
  /** Whole articles, text included. */
  article: DataLoader<string, ArticleRecord | null>;
  /** Articles without their text. */
  articleSummary: DataLoader<string, ArticleSummary | null>;
  articleText: DataLoader<string, string | null>;
  /** Actors by id; a merged-away id gives the kept actor. */
  actor: DataLoader<string, ActorRecord | null>;
  roles: DataLoader<string, ActorRoleRecord[]>;
  /** Articles mentioning each actor. */
  articleCount: DataLoader<string, number>;
  event: DataLoader<string, EventRecord | null>;
  participants: DataLoader<string, ParticipantRecord[]>;
  place: DataLoader<string, PlaceRecord | null>;
  sources: DataLoader<string, SourceRecord[]>;
  /** Pages of events per actor (or article) id, one loader per distinct page request. */
  eventPages(by: 'actor' | 'article', req: EventPageRequest): DataLoader<string, EventPage>;
  eventCounts(by: 'actor' | 'article', criteria: EventCriteria): DataLoader<string, number>;
}

/**
 * Shares what was read with an event: its place and participants (when read with it) need no
 * query of their own later. `asEvent`: also make the event itself loadable by id.
 */
export function primeEvent(loaders: Loaders, e: EventRecord, asEvent = false): void {
  if (e.briefParticipants) {
    // Actors with their id and name only: another part of the request may want more of them.
    const { participants: _, briefParticipants: __, ...event } = e;
    if (asEvent) loaders.event.prime(e.id, event);
    if (e.place !== undefined) loaders.place.prime(e.id, e.place);
    return;
  }
  if (asEvent) loaders.event.prime(e.id, e);
  if (e.place !== undefined) loaders.place.prime(e.id, e.place);
  if (e.participants) {
    loaders.participants.prime(e.id, e.participants);
    for (const p of e.participants) loaders.actor.prime(p.actor.id, p.actor);
  }
}

export function createLoaders(graph: ReadGraph): Loaders {
  const pageLoaders = new Map<string, DataLoader<string, EventPage>>();
  const countLoaders = new Map<string, DataLoader<string, number>>();
  const loaders: Loaders = {
    article: new DataLoader((ids) => articlesByIds(graph, ids)),
    articleSummary: new DataLoader((ids) => articleSummariesByIds(graph, ids)),
    articleText: new DataLoader((ids) => articleTextsByIds(graph, ids)),
    actor: new DataLoader((ids) => actorsByIds(graph, ids)),
    roles: new DataLoader((ids) => rolesByActorIds(graph, ids)),
    articleCount: new DataLoader((ids) => articleCountsByActorIds(graph, ids)),
    event: new DataLoader(async (ids) => {
      const events = await eventsByIds(graph, ids);
      for (const e of events) if (e) primeEvent(loaders, e);
      return events;
    }),
    participants: new DataLoader(async (ids) => {
      const lists = await participantsByEventIds(graph, ids);
      // The participants' actors come with them: later Participant.actor lookups cost nothing.
      for (const list of lists) for (const p of list) loaders.actor.prime(p.actor.id, p.actor);
      return lists;
    }),
    place: new DataLoader((ids) => placesByEventIds(graph, ids)),
    sources: new DataLoader((ids) => sourcesByEventIds(graph, ids)),
    eventPages(by, req) {
      const key = `${by}|${JSON.stringify(req)}`;
      let l = pageLoaders.get(key);
      if (!l) {
        l = new DataLoader(async (ids) => {
          const pages = await eventsPagesByKey(graph, by, ids, req);
          for (const p of pages) for (const r of p.rows) primeEvent(loaders, r.event, true);
          return pages;
        });
        pageLoaders.set(key, l);
      }
      return l;
    },
    eventCounts(by, criteria) {
      const key = `${by}|${JSON.stringify(criteria)}`;
      let l = countLoaders.get(key);
      if (!l) {
        l = new DataLoader((ids) => countEventsByKey(graph, by, ids, criteria));
        countLoaders.set(key, l);
      }
      return l;
    },
  };
  return loaders;
}
