import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { isMigrated, loadMigrations, migrate, MIGRATIONS_DIR } from '../../src/graph/migrate.ts';
import { openTestGraph } from '../helpers/neo4j.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.driver.close();
});

describe('migrate', () => {
  it('has applied every migration once, and a second run changes nothing', async () => {
    const files = await loadMigrations();
    expect(await isMigrated(graph.driver, graph.database)).toBe(true);
    const again = await migrate(graph.driver, graph.database);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(files.length);
    const { records } = await graph.driver.executeQuery('MATCH (m:Migration) RETURN count(m) AS n, collect(m.version) AS v');
    expect(records[0]!.get('n')).toBe(files.length);
  });

  it('creates the uniqueness constraints and the per-language full-text indexes', async () => {
    const { records } = await graph.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(records[0]!.get('names')).toEqual(expect.arrayContaining(['article_id', 'actor_id', 'event_id', 'place_id']));
    const idx = await graph.driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name",
    );
    const analyzers = Object.fromEntries(idx.records.map((r) => [r.get('name'), r.get('analyzer')]));
    expect(analyzers).toMatchObject({ article_text_fa: 'persian', article_text_ar: 'arabic', article_text_en: 'english' });
  });

  it('refuses a recorded migration whose file changed since', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-mig-'));
    const first = (await loadMigrations(MIGRATIONS_DIR))[0]!;
    await writeFile(path.join(dir, first.file), `${first.statements.join(';\n')};\n// edited\n`);
    await expect(migrate(graph.driver, graph.database, dir)).rejects.toThrow(/changed after it was applied/);
  });
});
