import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compatible, resolveEvents, type EventReport } from '../../src/ingest/resolve-events.ts';

function report(key: string, over: Partial<EventReport> = {}): EventReport {
  return {
    key,
    articleId: key.split(':')[0]!,
    articlePublishedAt: '2024-05-10',
    type: 'MEETING',
    dateValue: '2024-05-10',
    dateStart: '2024-05-10',
    dateEnd: '2024-05-10',
    precision: 'DAY',
    status: 'OCCURRED',
    participants: [
      { actorId: 'a', role: 'HOST' },
      { actorId: 'b', role: 'GUEST' },
    ],
    location: 'Ankara',
    confidence: 0.8,
    ...over,
  };
}

const month = { dateValue: '2024-05', dateStart: '2024-05-01', dateEnd: '2024-05-31', precision: 'MONTH' as const };

describe('compatible', () => {
  it('matches a day inside a reported month, with the same participants', () => {
    expect(compatible(report('x:1'), report('y:1', month))).toBe(true);
  });
  it('needs the same type, overlapping dates, two shared participants and no contradicting place', () => {
    expect(compatible(report('x:1'), report('y:1', { type: 'PHONE_CALL' }))).toBe(false);
    expect(compatible(report('x:1'), report('y:1', { dateValue: '2024-05-11', dateStart: '2024-05-11', dateEnd: '2024-05-11' }))).toBe(false);
    expect(compatible(report('x:1'), report('y:1', { participants: [{ actorId: 'a', role: 'HOST' }, { actorId: 'c', role: 'GUEST' }] }))).toBe(false);
    expect(compatible(report('x:1'), report('y:1', { location: 'Cairo' }))).toBe(false);
    expect(compatible(report('x:1'), report('y:1', { location: null }))).toBe(true);
  });
  it('lets a one-person event match on that person', () => {
    const visit = { type: 'VISIT' as const, participants: [{ actorId: 'a', role: 'GUEST' as const }] };
    expect(compatible(report('x:1', visit), report('y:1', { ...visit, participants: [{ actorId: 'a', role: 'GUEST' }, { actorId: 'd', role: 'PARTICIPANT' }] }))).toBe(true);
  });
  it('places an undated report in the week before its publication', () => {
    const undated = { dateValue: null, dateStart: null, dateEnd: null, precision: null };
    expect(compatible(report('x:1', { ...undated, articlePublishedAt: '2024-05-12' }), report('y:1'))).toBe(true);
    expect(compatible(report('x:1', { ...undated, articlePublishedAt: '2024-06-12' }), report('y:1'))).toBe(false);
  });
});

describe('resolveEvents', () => {
  it('refines the date to the most precise report and lets OCCURRED win over PLANNED', () => {
    const [ev, ...rest] = resolveEvents([report('x:1', { ...month, status: 'PLANNED' }), report('y:1', { status: 'PLANNED' }), report('z:1', { dateValue: '2024-05-10', status: 'OCCURRED' })]);
    expect(rest).toEqual([]);
    expect(ev).toMatchObject({ dateValue: '2024-05-10', precision: 'DAY', status: 'OCCURRED', reportKeys: ['x:1', 'y:1', 'z:1'] });
    expect(ev!.participants).toEqual([{ actorId: 'a', role: 'HOST' }, { actorId: 'b', role: 'GUEST' }]);
  });

  it('gives the same events whatever the order of the reports', () => {
    const pool: EventReport[] = [
      report('p:1'),
      report('q:1', month),
      report('r:1', { participants: [{ actorId: 'a', role: 'HOST' }, { actorId: 'c', role: 'GUEST' }] }),
      report('s:1', { type: 'VISIT', participants: [{ actorId: 'b', role: 'GUEST' }] }),
      report('t:1', { type: 'VISIT', participants: [{ actorId: 'b', role: 'GUEST' }], ...month }),
      report('u:1', { dateValue: '2023', dateStart: '2023-01-01', dateEnd: '2023-12-31', precision: 'YEAR' }),
    ];
    const expected = resolveEvents(pool);
    expect(expected.map((e) => e.reportKeys)).toEqual(expect.arrayContaining([['p:1', 'q:1'], ['r:1'], ['s:1', 't:1'], ['u:1']]));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        expect(resolveEvents(shuffled)).toEqual(expected);
      }),
    );
  });
});
