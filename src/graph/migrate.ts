// Cypher migrations in graph/migrations, applied in file order, each exactly once, and recorded in
// the graph as (:Migration {version, name, checksum, appliedAt}). A recorded migration whose file
// changed since is an error: migrations are append-only.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.ts';
import { AppError } from '../errors.ts';
import { scoped } from '../logger.ts';

const log = scoped({ component: 'migrate' });

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'graph', 'migrations');
// EXAMPLE: 001-constraints.cypher → version 1, name "constraints"
const FILE_PATTERN = /^(\d{3,})-([\w-]+)\.cypher$/;

export interface Migration {
  version: number;
  name: string;
  file: string;
  checksum: string;
  statements: string[];
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const m = FILE_PATTERN.exec(file);
    if (!m) throw new AppError('CONFIG_INVALID', `migration file ${file} is not named NNN-name.cypher`);
    const text = await readFile(path.join(dir, file), 'utf8');
    migrations.push({
      version: Number(m[1]),
      name: m[2]!,
      file,
      checksum: createHash('sha256').update(text).digest('hex'),
      statements: splitStatements(text),
    });
  }
  const versions = new Set(migrations.map((x) => x.version));
  if (versions.size !== migrations.length) throw new AppError('CONFIG_INVALID', `two migration files share a version in ${dir}`);
  return migrations;
}

/** Splits a file on `;` at line ends, dropping `//` comment lines. */
export function splitStatements(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Applied {
  version: number;
  checksum: string;
}

async function appliedMigrations(driver: Driver, database: string): Promise<Map<number, Applied>> {
  const { records } = await driver.executeQuery(
    'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum',
    {},
    { database, routing: 'READ' },
  );
  return new Map(records.map((r) => [r.get('version') as number, { version: r.get('version'), checksum: r.get('checksum') }]));
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/** Applies pending migrations; running it twice changes nothing. */
export async function migrate(driver: Driver, database: string, dir = MIGRATIONS_DIR): Promise<MigrateResult> {
  const migrations = await loadMigrations(dir);
  const applied = await appliedMigrations(driver, database);
  const result: MigrateResult = { applied: [], alreadyApplied: 0 };
  for (const m of migrations) {
    const done = applied.get(m.version);
    if (done) {
      if (done.checksum !== m.checksum) {
        throw new AppError('CONFIG_INVALID', `migration ${m.file} changed after it was applied (checksum differs)`, {
          hint: 'Migrations are append-only: add a new file instead of editing an applied one.',
        });
      }
      result.alreadyApplied++;
      continue;
    }
    const started = performance.now();
    // Schema commands cannot share a transaction with writes: one auto-commit query each.
    for (const statement of m.statements) await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery(
      'MERGE (m:Migration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
      { version: m.version, name: m.name, checksum: m.checksum },
      { database },
    );
    result.applied.push(m.file);
    log.info(`Applied migration ${m.file} (${m.statements.length} statements, ${(performance.now() - started).toFixed(0)}ms)`);
  }
  // Wait for the indexes so that queries right after a migration see them online.
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  return result;
}

/** True when every migration file is recorded in the graph (for /readyz). */
export async function isMigrated(driver: Driver, database: string, dir = MIGRATIONS_DIR): Promise<boolean> {
  const [migrations, applied] = await Promise.all([loadMigrations(dir), appliedMigrations(driver, database)]);
  return migrations.every((m) => applied.get(m.version)?.checksum === m.checksum);
}
