// Runs Neo4j's own admin tool (`neo4j-admin`) from the launcher's Maven build: its classpath holds
// neo4j-command-line and neo4j-import-tool, the same jars a Neo4j 5.26 server runs `neo4j-admin`
// from. Used to prove that khabar's CSV export is what `neo4j-admin database import full` accepts.
//
//   await neo4jAdminImport({ home: '<dataDir>/neo4j', nodes: ['nodes.csv'], relationships: ['relationships.csv'] })
//   → the database `neo4j` under <home>/data, which startLocalNeo4j({ dataDir }) then opens.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { ensureLauncherBuilt } from './launcher.ts';

/** neo4j-admin's entry point (bin/neo4j-admin runs this class). */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export interface AdminImportOptions {
  /** NEO4J_HOME: the database is written under <home>/data. */
  home: string;
  nodes: string[];
  relationships: string[];
  /** @default 'neo4j' */
  database?: string;
  /** Fields may hold line breaks (khabar's quotes do). @default true */
  multilineFields?: boolean;
  /** @default 'java' */
  java?: string;
  /** @default 300_000 */
  timeoutMs?: number;
}

export interface AdminResult {
  /** What the tool printed (stdout and stderr). */
  output: string;
  ms: number;
}

/**
 * `neo4j-admin database import full` into an empty database. Throws AppError NEO4J_ADMIN_FAILED
 * with the tool's last lines when it refuses the files.
 */
export async function neo4jAdminImport(opts: AdminImportOptions): Promise<AdminResult> {
  const conf = path.join(opts.home, 'conf');
  await mkdir(conf, { recursive: true });
  // An empty neo4j.conf: every setting at its default, data under <home>/data.
  await writeFile(path.join(conf, 'neo4j.conf'), '');
  const args = [
    'database',
    'import',
    'full',
    // The database name first: `--nodes` and `--relationships` take several files each and would
    // swallow a trailing positional argument as one more file.
    opts.database ?? 'neo4j',
    `--multiline-fields=${opts.multilineFields ?? true}`,
    // Its report of skipped lines goes next to the database, not into the caller's folder.
    `--report-file=${path.join(path.resolve(opts.home), 'import.report')}`,
    ...opts.nodes.map((f) => `--nodes=${path.resolve(f)}`),
    ...opts.relationships.map((f) => `--relationships=${path.resolve(f)}`),
  ];
  return runAdminTool(args, { home: opts.home, java: opts.java, timeoutMs: opts.timeoutMs });
}

/** Runs `neo4j-admin <args>` with NEO4J_HOME and NEO4J_CONF set to `home` and `home/conf`. */
export async function runAdminTool(args: string[], opts: { home: string; java?: string | undefined; timeoutMs?: number | undefined }): Promise<AdminResult> {
  const { classpath } = await ensureLauncherBuilt();
  const java = opts.java ?? 'java';
  const started = performance.now();
  return new Promise<AdminResult>((resolve, reject) => {
    const child = spawn(java, ['-Xmx1g', '-cp', classpath, ADMIN_TOOL, ...args], {
      env: { ...process.env, NEO4J_HOME: opts.home, NEO4J_CONF: path.join(opts.home, 'conf') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new AppError('NEO4J_ADMIN_FAILED', `could not run ${java}: ${err.message}`, { hint: 'Install Java 17 or later (e.g. apt install openjdk-17-jre-headless).' }));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      if (code === 0) resolve({ output, ms });
      else {
        // The tool's message, without its Java stack frames.
        const tail = output.trim().split('\n').filter((l) => !/^\s+at /.test(l)).slice(-8).join('\n');
        reject(new AppError('NEO4J_ADMIN_FAILED', `neo4j-admin ${args.slice(0, 3).join(' ')} failed (${signal ?? `exit code ${code}`}):\n${tail}`));
      }
    });
  });
}
