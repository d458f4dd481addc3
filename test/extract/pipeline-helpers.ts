// Shared checks for extraction results: the contract of DESIGN.md, offsets included.
import { expect } from 'vitest';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES, PARTICIPANT_ROLES, PRECISIONS, PUBLISHED_AT_SOURCES, type ExtractionResult } from '../../src/extract/index.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Throws (through expect) when `r` breaks the contract for input `text`. */
export function expectValidResult(r: ExtractionResult, text: string): void {
  expect(['fa', 'ar', 'en', 'und']).toContain(r.language);
  expect(PUBLISHED_AT_SOURCES).toContain(r.publishedAtSource);
  if (r.publishedAt !== null) expect(r.publishedAt).toMatch(ISO_DAY);
  expect(typeof r.extractorVersion).toBe('string');
  if (r.language === 'und') expect(r.events).toEqual([]);
  const actorIds = new Set<string>();
  for (const a of r.actors) {
    expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ACTOR_KINDS).toContain(a.kind);
    expect(a.name.length).toBeGreaterThan(0);
    for (const m of a.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    actorIds.add(a.id);
  }
  const eventIds = new Set<string>();
  for (const e of r.events) {
    expect(EVENT_TYPES).toContain(e.type);
    expect(EVENT_STATUSES).toContain(e.status);
    expect(e.id).toMatch(/^evt-[0-9a-f]{16}$/);
    expect(eventIds.has(e.id)).toBe(false);
    eventIds.add(e.id);
    if (e.date !== null) {
      expect(e.date.value).toMatch(DATE_VALUE);
      expect(e.date.start).toMatch(ISO_DAY);
      expect(e.date.end).toMatch(ISO_DAY);
      expect(e.date.start <= e.date.end).toBe(true);
      expect(PRECISIONS).toContain(e.date.precision);
    }
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(e.evidence.length).toBeGreaterThan(0);
    for (const s of e.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const p of e.participants) {
      expect(PARTICIPANT_ROLES).toContain(p.role);
      expect(actorIds.has(p.actorId)).toBe(true);
    }
  }
}

/** The events of a result as compact strings, for readable assertions: "MEETING 2025-10-15 a,b". */
export function summarize(r: ExtractionResult): string[] {
  return r.events.map((e) => `${e.type} ${e.date?.value ?? '-'} ${e.participants.map((p) => p.actorId).sort().join(',')}`);
}
