// `khabar neo4j start|stop|status`: the local Neo4j (5.26 embedded, Bolt on 127.0.0.1) that khabar
// starts when NEO4J_URI is unset and no Docker engine answers. `start` leaves it running (detached)
// for the commands that follow; `npm start` runs its own attached one unless this one is up.
// EXAMPLE: khabar neo4j start --port 7688   → prints bolt://127.0.0.1:7688
import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../graph/launcher.ts';

const FLAGS = z.object({
  port: z.coerce.number().int().min(1).max(65535).optional(),
  dataDir: z.string().min(1).optional(),
  timeout: z.coerce.number().positive().optional(),
  json: z.boolean().optional(),
});
type Flags = z.infer<typeof FLAGS>;

/** Flags over configuration (NEO4J_BOLT_PORT, KHABAR_DATA_DIR) over defaults. */
function settings(raw: unknown): Flags & { port: number; dataDir: string } {
  const parsed = FLAGS.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ');
    throw new AppError('BAD_INPUT', `invalid option: ${problems}`, { hint: 'See `khabar neo4j --help`.' });
  }
  const config = loadConfig();
  return { ...parsed.data, port: parsed.data.port ?? config.NEO4J_BOLT_PORT, dataDir: parsed.data.dataDir ?? config.KHABAR_DATA_DIR };
}

export default function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('Manage the local Neo4j 5.26 (embedded, Bolt on 127.0.0.1, auth off) used when NEO4J_URI is unset')
    .addHelpText('after', '\nData and logs live in <data-dir>/neo4j; the first start builds graph/launcher with Maven (Java 17 and Maven needed).');

  neo4j
    .command('start')
    .description('Start the local Neo4j in the background, wait until Bolt answers RETURN 1, print its Bolt URI')
    .option('--port <port>', 'Bolt port on 127.0.0.1 (default: NEO4J_BOLT_PORT or 7687)')
    .option('--data-dir <dir>', 'data directory (default: KHABAR_DATA_DIR or <project>/.khabar)')
    .option('--timeout <seconds>', 'how long to wait for Neo4j to answer', '180')
    .action(async (raw: unknown) => {
      const opts = settings(raw);
      if (process.env.NEO4J_URI) {
        process.stderr.write(`khabar: note: NEO4J_URI is set (${process.env.NEO4J_URI}); other commands use that server, not this one\n`);
      }
      const neo = await startLocalNeo4j({ port: opts.port, dataDir: opts.dataDir, attached: false, timeoutMs: (opts.timeout ?? 180) * 1000 });
      process.stderr.write(
        neo.reused
          ? `khabar: the local Neo4j was already running (pid ${neo.pid})\n`
          : `khabar: started the local Neo4j (pid ${neo.pid}); stop it with \`khabar neo4j stop\`\n`,
      );
      process.stdout.write(`${neo.uri}\n`);
    });

  neo4j
    .command('stop')
    .description('Stop the local Neo4j cleanly (SIGTERM; SIGKILL if it has not stopped after --timeout)')
    .option('--data-dir <dir>', 'data directory (default: KHABAR_DATA_DIR or <project>/.khabar)')
    .option('--timeout <seconds>', 'how long to wait before killing it', '60')
    .action(async (raw: unknown) => {
      const opts = settings(raw);
      const result = await stopLocalNeo4j(opts.dataDir, { timeoutMs: (opts.timeout ?? 60) * 1000 });
      process.stdout.write(
        result.stopped
          ? `Stopped the local Neo4j (pid ${result.pid}${result.forced ? ', killed after the timeout' : ''})\n`
          : `No local Neo4j is running for ${opts.dataDir}\n`,
      );
    });

  neo4j
    .command('status')
    .description('Say whether the local Neo4j runs, with its pid and Bolt URI (exit code 3 when it does not, as `pg_ctl status`)')
    .option('--data-dir <dir>', 'data directory (default: KHABAR_DATA_DIR or <project>/.khabar)')
    .option('--json', 'print the status as JSON')
    .action(async (raw: unknown) => {
      const opts = settings(raw);
      const status = await localNeo4jStatus(opts.dataDir);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(status)}\n`);
      } else if (status.running) {
        const state = status.answering ? 'running' : 'running (not answering yet)';
        process.stdout.write(
          `${state}: ${status.uri} (pid ${status.pid}, ${status.attached ? `attached to khabar pid ${status.ownerPid}` : 'detached'}, ` +
            `since ${status.startedAt})\ndata: ${status.home}\nlog:  ${status.logFile}\n`,
        );
      } else {
        process.stdout.write(`stopped (no local Neo4j runs for ${status.dataDir})\n`);
      }
      if (!status.running) process.exitCode = 3;
    });
}
