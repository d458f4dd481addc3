import { describe, expect, it } from 'vitest';
import { findActorMentions, type ActorMention } from '../../../src/extract/actors/index.ts';
import { normalize } from '../../../src/extract/normalize.ts';
import { arCorpus, enCorpus, faCorpus, type ActorCase } from './corpus.ts';

function mentionsOf(c: ActorCase): ActorMention[] {
  return findActorMentions(normalize(c.text).text, { language: c.language, date: c.date });
}

function describeMentions(ms: ActorMention[]): string {
  return ms.map((m) => `${m.via} ${m.actorId} "${m.text}" ${m.office ? JSON.stringify(m.office) : ''}`).join('\n');
}

function check(c: ActorCase): void {
  const ms = mentionsOf(c);
  const trace = `\n--- found ---\n${describeMentions(ms)}`;
  if (c.expect.length === 0) expect(ms, `expected no actors${trace}`).toEqual([]);
  for (const e of c.expect) {
    const { office, ...rest } = e;
    // Expected texts are written as a person writes them; mentions point into the normalized text.
    if (rest.text !== undefined) rest.text = normalize(rest.text).text;
    const want = office ? { ...rest, office: expect.objectContaining(office) } : rest;
    expect(ms, `expected ${JSON.stringify(e)}${trace}`).toEqual(expect.arrayContaining([expect.objectContaining(want)]));
  }
  for (const id of c.absent ?? []) expect(ms.map((m) => m.actorId), `did not expect ${id}${trace}`).not.toContain(id);
  const norm = normalize(c.text).text;
  for (const m of ms) expect(norm.slice(m.start, m.end)).toBe(m.text);
}

describe('actors: Persian', () => {
  it.each(faCorpus.map((c) => [c.about, c] as const))('%s', (_about, c) => check(c));
});

describe('actors: Arabic', () => {
  it.each(arCorpus.map((c) => [c.about, c] as const))('%s', (_about, c) => check(c));
});

describe('actors: English', () => {
  it.each(enCorpus.map((c) => [c.about, c] as const))('%s', (_about, c) => check(c));
});
