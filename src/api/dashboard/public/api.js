// The dashboard's only way to the data: the GraphQL API (POST /graphql, and the `eventAdded`
// subscription over SSE). Every query the page runs is written here.

const EVENT_FIELDS = `
  fragment EventFields on Event {
    id type status confidence meeting reportCount
    date { value start end precision }
    place { id name }
    participants { role actor { id name kind } }
  }`;

const TIMELINE = `
  query DashboardTimeline($actorIds: [ID!], $from: Date, $to: Date, $types: [EventType!], $after: String) {
    timeline(actorIds: $actorIds, from: $from, to: $to, types: $types, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...EventFields }
    }
  }
  ${EVENT_FIELDS}`;

const EVENT = `
  query DashboardEvent($id: ID!) {
    event(id: $id) {
      ...EventFields
      sources { quote start end article { id url outlet title language publishedAt } }
    }
  }
  ${EVENT_FIELDS}`;

const ARTICLE = `
  query DashboardArticle($id: ID!) {
    article(id: $id) {
      id url outlet title language publishedAt status
      events(first: 100) { nodes { ...EventFields } }
    }
  }
  ${EVENT_FIELDS}`;

const SEARCH = `
  query DashboardSearch($text: String!) {
    search(text: $text, first: 20) {
      kind score snippet start end
      highlights { start end }
      article { id url outlet title language publishedAt }
      event { id type status date { value precision } }
    }
    actors(search: $text, first: 8) { nodes { id name kind } }
  }`;

const ACTOR_SUGGESTIONS = `
  query DashboardActorSuggestions($text: String!) {
    actors(search: $text, first: 8) { nodes { id name kind aliases } }
  }`;

const LIVE = `
  subscription DashboardLive {
    eventAdded { id type date { value } }
  }`;

const NETWORK = `
  query DashboardNetwork($actorId: ID!, $from: Date, $to: Date) {
    network(actorId: $actorId, from: $from, to: $to, depth: 1) {
      center { id name kind }
      actors { id name kind }
      edges { from { id } to { id } type status date { value start end precision } event { id } }
      truncated
    }
  }`;

export class ApiError extends Error {
  constructor(message, codes = []) {
    super(message);
    this.name = 'ApiError';
    this.codes = codes;
  }
}

/** Most timeline events loaded for one view (pages of 100). */
export const MAX_EVENTS = 1000;

export function createClient(endpoint) {
  async function request(query, variables = {}, signal) {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    let body;
    try {
      body = await res.json();
    } catch {
      throw new ApiError(`The API answered ${res.status} ${res.statusText} without JSON`);
    }
    if (body.errors?.length) {
      throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors.map((e) => e.extensions?.code).filter(Boolean));
    }
    if (!res.ok) throw new ApiError(`The API answered ${res.status} ${res.statusText}`);
    return body.data;
  }

  return {
    /** Dated events of the view, in date order, page after page up to MAX_EVENTS. */
    async timeline({ actors, types, from, to }, signal) {
      const events = [];
      let after = null;
      let totalCount = 0;
      do {
        const data = await request(TIMELINE, { actorIds: actors.length ? actors : null, types, from: from || null, to: to || null, after }, signal);
        const page = data.timeline;
        totalCount = page.totalCount;
        events.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && events.length < MAX_EVENTS);
      return { events, totalCount };
    },

    /**
     * The MET edges around each actor, one request each, in parallel (the API's result-size limit
     * counts a network as up to ~10,000 nodes, so two in one request are refused).
     */
    async networkAround(actorIds, { from, to }, signal) {
      const one = (actorId) =>
        request(NETWORK, { actorId, from: from || null, to: to || null }, signal).then(
          (data) => data.network,
          (err) => {
            if (err instanceof ApiError && err.codes.includes('NOT_FOUND')) return null; // an id from an old link
            throw err;
          },
        );
      return (await Promise.all(actorIds.map(one))).filter(Boolean);
    },

    async event(id, signal) {
      return (await request(EVENT, { id }, signal)).event;
    },

    async article(id, signal) {
      return (await request(ARTICLE, { id }, signal)).article;
    },

    async search(text, signal) {
      const data = await request(SEARCH, { text }, signal);
      return { hits: data.search, actors: data.actors.nodes };
    },

    async actorSuggestions(text, signal) {
      return (await request(ACTOR_SUGGESTIONS, { text }, signal)).actors.nodes;
    },

    /** Names of actors by id (for filters read from a shared link); unknown ids are left out. */
    async actorsById(ids, signal) {
      if (!ids.length) return [];
      const vars = ids.map((_, i) => `$a${i}: ID!`).join(', ');
      const fields = ids.map((_, i) => `a${i}: actor(id: $a${i}) { id name kind }`).join('\n');
      const data = await request(`query DashboardActors(${vars}) {\n${fields}\n}`, Object.fromEntries(ids.map((id, i) => [`a${i}`, id])), signal);
      return ids.map((_, i) => data[`a${i}`]).filter(Boolean);
    },

    /**
     * Follows `eventAdded` over SSE until the stream ends or `signal` aborts: `onOpen` once the
     * stream is open, `onEvent` for each event. Resolves when the stream closes; rejects with an
     * ApiError coded UNSUPPORTED when the server has no such subscription.
     */
    async subscribeEventAdded({ onOpen, onEvent }, signal) {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: LIVE }),
        signal,
      });
      if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
        throw new ApiError(`No event stream (HTTP ${res.status})`, ['UNSUPPORTED']);
      }
      onOpen();
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value.replaceAll('\r\n', '\n');
        let cut;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (!data) continue; // keep-alive comments, `event: complete`
          const payload = JSON.parse(data);
          if (payload.errors?.length) throw new ApiError(payload.errors.map((e) => e.message).join('; '), ['UNSUPPORTED']);
          if (payload.data?.eventAdded) onEvent(payload.data.eventAdded);
        }
      }
    },
  };
}
