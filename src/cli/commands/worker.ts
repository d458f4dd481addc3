// `khabar worker`: processes the queue until stopped. Several may run at once, on one machine or
// several, against the same Neo4j. SIGINT/SIGTERM: take nothing new, finish the running articles,
// exit 0 (a second signal exits at once; the articles' leases then expire and others take them).
import { InvalidArgumentError, type Command } from 'commander';
import { AppError } from '../../errors.ts';
import { isMigrated } from '../../graph/migrate.ts';
import { startWorker } from '../../ingest/worker.ts';
import { logger } from '../../logger.ts';
import { onShutdown, openRuntime, type Runtime } from '../bootstrap.ts';

/** Commander parser for `--concurrency`. EXAMPLE: "4" → 4; "0" → error */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('Expected a whole number from 1 to 64.');
  return n;
}

/** Refuses to work on a graph whose migrations are not all applied (the queue needs its indexes). */
export async function requireMigrated(rt: Runtime): Promise<void> {
  if (!(await isMigrated(rt.graph.driver, rt.graph.database))) {
    await rt.close();
    throw new AppError('NEO4J_NOT_MIGRATED', `the graph at ${rt.neo4j.uri} is not migrated`, { hint: 'Run `npx khabar migrate` first.' });
  }
}

export default function register(program: Command): void {
  program
    .command('worker')
    .description('Process queued articles continuously (several workers may share one queue)')
    .option('-c, --concurrency <n>', 'batches processed at once (default: KHABAR_WORKER_CONCURRENCY or 2)', positiveInt)
    .option('-b, --batch <n>', 'most articles written in one transaction (default: KHABAR_WORKER_BATCH or 50)', positiveInt)
    .option('--once', 'stop when no article is due instead of waiting for more')
    .option('--until-empty', 'stop when no article is PENDING or RUNNING (waits for retries)')
    .action(async (opts: { concurrency?: number; batch?: number; once?: boolean; untilEmpty?: boolean }) => {
      const rt = await openRuntime({ attached: false });
      await requireMigrated(rt);
      const { config } = rt;
      const worker = startWorker({
        graph: rt.graph,
        concurrency: opts.concurrency ?? config.KHABAR_WORKER_CONCURRENCY,
        batchSize: opts.batch ?? config.KHABAR_WORKER_BATCH,
        pollInterval: config.KHABAR_WORKER_POLL_MS,
        leaseMs: config.KHABAR_WORKER_LEASE_SECONDS * 1000,
        maxAttempts: config.KHABAR_MAX_ATTEMPTS,
        maxChars: config.KHABAR_MAX_ARTICLE_CHARS,
        ...(config.KHABAR_WORKER_ID ? { workerId: config.KHABAR_WORKER_ID } : {}),
        once: opts.once === true,
        untilEmpty: opts.untilEmpty === true,
      });
      onShutdown(async (signal) => {
        logger.info(`${signal}: worker ${worker.workerId} finishes its running articles, then exits`);
        await worker.stop().catch(() => undefined);
        await rt.close();
      });
      try {
        const stats = await worker.done;
        process.stdout.write(
          `Worker ${stats.workerId}: ${stats.completed} done, ${stats.retried} retried, ${stats.failed} failed, ${stats.lost} lost ` +
            `in ${(stats.elapsedMs / 1000).toFixed(1)}s\n`,
        );
      } finally {
        await rt.close();
      }
    });
}
