import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_SETS, goldenOutputs } from '../../scripts/golden-update.ts';

// Golden outputs (neo4j/graphql's snapshot review): `npm run golden:update` rewrites them and the
// diff is reviewed. A failure here means the extractor's output changed.
describe.each(GOLDEN_SETS.map((s) => [path.basename(s.articles), s] as const))('golden outputs of %s', (_, set) => {
  it('match what the extractor gives today', async () => {
    const outputs = await goldenOutputs(set.articles);
    expect(outputs.size).toBeGreaterThan(0);
    for (const [name, json] of outputs) {
      const stored = await readFile(path.join(set.golden, name), 'utf8').catch(() => null);
      expect(stored, `${name} is missing: run npm run golden:update`).not.toBeNull();
      expect(JSON.parse(json), name).toEqual(JSON.parse(stored!));
    }
  });
});
