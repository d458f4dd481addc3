import type { Command } from 'commander';
import { createApp, startServer } from '../../api/server.ts';
import { enqueueArticles } from '../../graph/article-store.ts';
import { migrate } from '../../graph/migrate.ts';
import { readFolder } from '../../ingest/sources.ts';
import { queueCounts } from '../../graph/queue-store.ts';
import { startWorker, type Worker } from '../../ingest/worker.ts';
import { publishEventAdded } from '../../api/pubsub.ts';
import { logger } from '../../logger.ts';
import { VERSION } from '../../version.ts';
import { onShutdown, openRuntime } from '../bootstrap.ts';

export default function register(program: Command): void {
  program
    .command('start')
    .description('Start Neo4j when needed, migrate, ingest seeds/ and serve GraphQL + GraphiQL (what `npm start` runs)')
    .option('--no-seeds', 'do not ingest the seed articles')
    .action(async (opts: { seeds: boolean }) => {
      const started = performance.now();
      // Attached: a Neo4j launched here stops with this process (Ctrl-C).
      const rt = await openRuntime({ attached: true });
      const stop = async (signal: string) => {
        logger.info(`${signal}: stopping the server and Neo4j`);
        await server?.close();
        await worker?.stop().catch(() => undefined);
        await rt.close();
      };
      let server: Awaited<ReturnType<typeof startServer>> | undefined;
      let worker: Worker | undefined;
      onShutdown(stop);
      try {
        logger.info(`Neo4j (${rt.neo4j.source}) at ${rt.neo4j.uri}`);
        const m = await migrate(rt.graph.driver, rt.graph.database);
        logger.info(`Migrations: ${m.applied.length} applied, ${m.alreadyApplied} already applied`);
        if (opts.seeds) {
          const { articles, problems } = await readFolder(rt.config.KHABAR_SEEDS_DIR);
          for (const p of problems) logger.warn(`Skipped ${p.source}: ${p.message}`);
          const results = await enqueueArticles(rt.graph, articles);
          const changed = results.filter((r) => r.changed).length;
          logger.info(`Seeds: ${results.length} articles from ${rt.config.KHABAR_SEEDS_DIR} (${changed} new or changed)`);
        }
        // The worker: first through what is queued (the seeds), then in the background while serving.
        worker = startWorker({
          graph: rt.graph,
          concurrency: rt.config.KHABAR_WORKER_CONCURRENCY,
          batchSize: rt.config.KHABAR_WORKER_BATCH,
          pollInterval: rt.config.KHABAR_WORKER_POLL_MS,
          leaseMs: rt.config.KHABAR_WORKER_LEASE_SECONDS * 1000,
          maxAttempts: rt.config.KHABAR_MAX_ATTEMPTS,
          maxChars: rt.config.KHABAR_MAX_ARTICLE_CHARS,
          // After each committed article: tell the `eventAdded` subscribers (the dashboard goes live).
          onEvent: (e) => {
            if (e.type === 'completed' && e.events > 0) publishEventAdded({ articleId: e.articleId });
          },
        });
        worker.done.catch((err: unknown) => logger.error({ err }, 'The ingest worker stopped on an unexpected error; articles stay queued'));
        await Promise.race([worker.drained(), worker.done.catch(() => undefined)]);
        const q = await queueCounts(rt.graph);
        logger.info(`Queue: ${q.DONE} done, ${q.FAILED} failed, ${q.PENDING} pending (retries), ${q.RUNNING} running`);
        const app = createApp({ graph: rt.graph, config: rt.config, version: VERSION });
        server = await startServer(app, rt.config.HOST, rt.config.PORT);
        const secs = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Ready in ${secs}s`);
        process.stdout.write(`\nkhabar is running: GraphQL and GraphiQL on ${server.url}\nPress Ctrl-C to stop.\n\n`);
      } catch (err) {
        await stop('error');
        throw err;
      }
    });
}
