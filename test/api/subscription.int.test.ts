// The `eventAdded` subscription over SSE: what the worker publishes (publishEventAdded) reaches a
// subscriber, read back from the graph and filtered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEventAdded } from '../../src/api/pubsub.ts';
import type { App } from '../../src/api/server.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createTestApp } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { EN_1, FA_2, idOf, loadFixtures } from './fixtures.ts';

let graph: GraphConnection;
let app: App;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await loadFixtures(graph);
  app = createTestApp(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

interface Received {
  data?: { eventAdded: { id: string; type: string; participants: { actor: { id: string } }[] } };
  errors?: { message: string }[];
}

/**
 * Subscribes over SSE and collects `count` events, publishing `publish()` every 100 ms until they
 * came (the subscription may be registered a moment after the response starts). Bounded: 10 s.
 */
async function subscribe(query: string, variables: Record<string, unknown>, count: number, publish: () => void): Promise<Received[]> {
  const abort = new AbortController();
  const res = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const received: Received[] = [];
  const timer = setInterval(publish, 100);
  const deadline = setTimeout(() => abort.abort(), 10_000);
  let buffer = '';
  try {
    while (received.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
        if (data) received.push(JSON.parse(data) as Received);
      }
    }
  } finally {
    clearInterval(timer);
    clearTimeout(deadline);
    await reader.cancel().catch(() => undefined);
    abort.abort();
  }
  return received;
}

describe('eventAdded over SSE', () => {
  it("delivers an article's events after the worker publishes them", async () => {
    const got = await subscribe('subscription { eventAdded { id type participants { actor { id } } } }', {}, 3, () => publishEventAdded({ articleId: idOf(EN_1) }));
    expect(got.every((r) => !r.errors)).toBe(true);
    expect(got.slice(0, 3).map((r) => r.data!.eventAdded.type)).toEqual(['MEETING', 'PHONE_CALL', 'PRESS_CONFERENCE']);
  });

  it('filters by type and actor', async () => {
    const got = await subscribe(
      'subscription($f: EventAddedFilter) { eventAdded(filter: $f) { id type participants { actor { id } } } }',
      { f: { types: ['VISIT', 'PHONE_CALL'], actors: ['abbas-araghchi'] } },
      1,
      () => {
        publishEventAdded({ articleId: idOf(EN_1) });
        publishEventAdded({ articleId: idOf(FA_2) });
      },
    );
    const event = got[0]!.data!.eventAdded;
    expect(event.type).toBe('VISIT');
    expect(event.participants.map((p) => p.actor.id)).toContain('abbas-araghchi');
  });
});
