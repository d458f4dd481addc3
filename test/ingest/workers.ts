// Keeps track of the workers a test starts, in-process and as child processes, so that a test
// that leaves one running fails (graphile-worker's __tests__/helpers.ts does the same).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { startWorker, type Worker, type WorkerOptions } from '../../src/ingest/worker.ts';
import { logger } from '../../src/logger.ts';

/** Warnings and errors only: a test that processes hundreds of articles should not print them all. */
export const quietLogger = logger.child({ component: 'worker' }, { level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'warn' });

export interface ChildWorker {
  child: ChildProcess;
  /** stdout + stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export class WorkerTracker {
  private readonly workers: Worker[] = [];
  private readonly children: ChildWorker[] = [];

  start(opts: WorkerOptions): Worker {
    const w = startWorker({ pollInterval: 50, logger: quietLogger, ...opts });
    this.workers.push(w);
    return w;
  }

  /** `khabar <args>` in a child process against the test Neo4j. */
  spawnCli(args: string[], env: Record<string, string> = {}): ChildWorker {
    const n = inject('neo4j');
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/node'), ['src/cli/main.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: n.uri,
        NEO4J_USER: n.user,
        NEO4J_PASSWORD: n.password,
        NEO4J_DATABASE: n.database,
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
    const cw = { child, output: () => out, exited };
    this.children.push(cw);
    return cw;
  }

  /** Fails when a worker is still running; stops it first so the next test starts clean. */
  async assertNoneRunning(): Promise<void> {
    const running: string[] = [];
    for (const w of this.workers.splice(0)) {
      const settled = await Promise.race([w.done.then(() => true, () => true), new Promise((r) => setTimeout(() => r(false), 20))]);
      if (!settled) {
        running.push(`in-process worker ${w.workerId}`);
        await w.stop().catch(() => undefined);
      }
    }
    for (const c of this.children.splice(0)) {
      if (c.child.exitCode === null && c.child.signalCode === null) {
        running.push(`child worker pid ${c.child.pid}`);
        c.child.kill('SIGKILL');
        await c.exited;
      }
    }
    if (running.length) throw new Error(`worker(s) left running after the test: ${running.join(', ')}`);
  }
}
