import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../src/extract/types.ts';
import { applyActorCorrections } from '../../src/graph/corrections-store.ts';

const result = {
  language: 'en', publishedAt: '2024-01-01', publishedAtSource: 'metadata', extractorVersion: 'x',
  actors: [
    { id: 'a', name: 'A', kind: 'PERSON', mentions: [{ text: 'A', start: 5, end: 6 }] },
    { id: 'b', name: 'B', kind: 'PERSON', mentions: [{ text: 'B', start: 0, end: 1 }] },
    { id: 'c', name: 'C', kind: 'PERSON', mentions: [{ text: 'C', start: 9, end: 10 }] },
  ],
  events: [{
    id: 'e', type: 'MEETING', date: null, status: 'OCCURRED', location: null, evidence: [], confidence: 1,
    participants: [{ actorId: 'a', role: 'PARTICIPANT' }, { actorId: 'b', role: 'HOST' }, { actorId: 'c', role: 'GUEST' }],
  }],
} as ExtractionResult;

describe('applyActorCorrections', () => {
  it('maps merged ids to the kept actor, joins mentions, keeps the specific role and the corrected name', () => {
    const out = applyActorCorrections(result, { redirects: new Map([['a', 'b']]), names: new Map([['b', 'Bee'], ['c', 'C']]) });
    expect(out.actors).toEqual([
      { id: 'b', name: 'Bee', kind: 'PERSON', mentions: [{ text: 'B', start: 0, end: 1 }, { text: 'A', start: 5, end: 6 }] },
      { id: 'c', name: 'C', kind: 'PERSON', mentions: [{ text: 'C', start: 9, end: 10 }] },
    ]);
    expect(out.events[0]!.participants).toEqual([{ actorId: 'b', role: 'HOST' }, { actorId: 'c', role: 'GUEST' }]);
  });

  it('gives a merged-away actor the name stored for its target, and leaves the input alone', () => {
    const out = applyActorCorrections(result, { redirects: new Map([['c', 'z']]), names: new Map([['z', 'Zed']]) });
    expect(out.actors.find((a) => a.id === 'z')).toMatchObject({ name: 'Zed', mentions: [{ text: 'C', start: 9, end: 10 }] });
    expect(result.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(applyActorCorrections(result, { redirects: new Map(), names: new Map() })).toBe(result);
  });
});
