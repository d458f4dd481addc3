import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/eval/report.ts';
import { readGold, runEval } from '../../src/eval/run.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The targets of issue #4, on the seeds and on the generality fixtures written before tuning.
describe.each([
  ['seeds', path.join(ROOT, 'test', 'fixtures', 'gold', 'seeds.gold.json'), path.join(ROOT, 'seeds')],
  ['fixtures', path.join(ROOT, 'test', 'fixtures', 'gold', 'fixtures.gold.json'), path.join(ROOT, 'test', 'fixtures', 'articles')],
])('eval on the %s', (_, goldFile, dir) => {
  it('reaches the targets', async () => {
    const { score } = await runEval(await readGold(goldFile), dir);
    expect(score.core.recall).toBeGreaterThanOrEqual(TARGETS.coreRecall);
    expect(score.all.f1).toBeGreaterThanOrEqual(TARGETS.f1All);
    expect(score.participants.f1).toBeGreaterThanOrEqual(TARGETS.participantF1);
    expect(score.datesExact.rate).toBeGreaterThanOrEqual(TARGETS.datesExact);
    expect(score.trapHits).toBe(TARGETS.trapHits);
    expect(score.duplicates).toBe(0);
  });
});
