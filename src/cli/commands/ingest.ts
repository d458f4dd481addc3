// `khabar ingest PATH... [--wait]`: reads articles (folders with articles.json, .txt files,
// JSON Lines, `-` for standard input), queues them in Neo4j and returns with a summary; `--wait`
// also processes the queue until it is empty (a progress bar on a terminal, log lines otherwise).
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { Config } from '../../config.ts';
import type { GraphConnection } from '../../graph/driver.ts';
import { failedArticles, queueCounts } from '../../graph/queue-store.ts';
import { enqueue, type EnqueueItem, type Refusal } from '../../ingest/queue.ts';
import { parseJsonLines, readSources } from '../../ingest/sources.ts';
import { startWorker, type WorkerStats } from '../../ingest/worker.ts';
import { logger } from '../../logger.ts';
import { onShutdown, openRuntime } from '../bootstrap.ts';
import { positiveInt, requireMigrated } from './worker.ts';

export interface ReadInputs {
  items: EnqueueItem[];
  refused: Refusal[];
}

/**
 * Standard input: JSON Lines when its first non-blank line is a JSON object, otherwise one raw
 * text article. Invalid UTF-8 is refused.
 * EXAMPLE: '{"text":"…","url":"…"}\n{"text":"…"}' → 2 articles; 'خبر …' → 1 article
 */
export function parseStdin(bytes: Uint8Array): ReadInputs {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { items: [], refused: [{ source: 'stdin', reason: 'not valid UTF-8' }] };
  }
  const first = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  if (first.startsWith('{') && isJson(first)) {
    const r = parseJsonLines(text, 'stdin');
    return {
      items: r.articles.map((a, i) => ({ ...a, source: `stdin#${i + 1}` })),
      refused: r.problems.map((p) => ({ source: p.source, reason: p.message })),
    };
  }
  return { items: [{ text, source: 'stdin' }], refused: [] };
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** Reads every path ('-' is standard input), naming each article's source for refusals. */
export async function readInputs(paths: string[], stdin: () => Promise<Uint8Array> = readStdin): Promise<ReadInputs> {
  const out: ReadInputs = { items: [], refused: [] };
  for (const p of paths) {
    if (p === '-') {
      const r = parseStdin(await stdin());
      out.items.push(...r.items);
      out.refused.push(...r.refused);
      continue;
    }
    const r = await readSources([p]);
    r.articles.forEach((a, i) => {
      const source = a.file && a.file !== path.basename(p) ? path.join(p, a.file) : a.file ? p : `${p}#${i + 1}`;
      out.items.push({ ...a, source });
    });
    out.refused.push(...r.problems.map((x) => ({ source: x.source, reason: x.message })));
  }
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface ProcessOptions {
  concurrency: number;
  /** Only these articles count for the exit status (FAILED ones are listed). */
  ids?: string[];
  signal?: AbortSignal;
}

export interface ProcessResult {
  stats: WorkerStats;
  failed: { id: string; source: string; error: string }[];
}

/**
 * Runs a worker in this process until no article is PENDING or RUNNING (retries included), with
 * a progress bar (articles/s, ETA) when stderr is a terminal and a log line every 5 s otherwise.
 */
export async function processQueue(graph: GraphConnection, config: Config, opts: ProcessOptions): Promise<ProcessResult> {
  const tty = process.stderr.isTTY === true;
  const start = await queueCounts(graph);
  let total = start.PENDING + start.RUNNING;
  const startedAt = performance.now();
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          format: 'Ingesting |{bar}| {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | {failed} failed',
          stream: process.stderr,
          hideCursor: true,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(total, 0, { rate: '0.0', failed: 0 });
  let failedCount = 0;
  let lastLine = performance.now();
  const tick = async () => {
    const c = await queueCounts(graph).catch(() => null);
    if (!c) return;
    const outstanding = c.PENDING + c.RUNNING;
    const processed = Math.max(0, total - outstanding);
    total = Math.max(total, processed + outstanding);
    const secs = (performance.now() - startedAt) / 1000;
    const rate = secs > 0 ? processed / secs : 0;
    if (bar) {
      bar.setTotal(total);
      bar.update(processed, { rate: rate.toFixed(1), failed: failedCount });
    } else if (performance.now() - lastLine >= 5000) {
      lastLine = performance.now();
      const eta = rate > 0 ? `, ETA ${Math.ceil(outstanding / rate)}s` : '';
      logger.info(`Processed ${processed} of ${total} articles (${rate.toFixed(1)}/s${eta}, ${failedCount} failed)`);
    }
  };
  const timer = setInterval(() => void tick(), tty ? 500 : 1000);
  const worker = startWorker({
    graph,
    concurrency: opts.concurrency,
    batchSize: config.KHABAR_WORKER_BATCH,
    pollInterval: Math.min(config.KHABAR_WORKER_POLL_MS, 500),
    leaseMs: config.KHABAR_WORKER_LEASE_SECONDS * 1000,
    maxAttempts: config.KHABAR_MAX_ATTEMPTS,
    maxChars: config.KHABAR_MAX_ARTICLE_CHARS,
    // Not KHABAR_WORKER_ID: a `khabar worker` with that id may be running, and a worker releases
    // its id's locks when it starts.
    untilEmpty: true,
    // Under a progress bar, per-article lines would tear it: warnings and errors only.
    ...(tty ? { logger: logger.child({ component: 'worker' }, { level: 'warn' }) } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    onEvent: (e) => {
      if (e.type === 'failed') failedCount++;
    },
  });
  let stats: WorkerStats;
  try {
    stats = await worker.done;
  } finally {
    clearInterval(timer);
    await tick();
    bar?.stop();
  }
  const wanted = opts.ids ? new Set(opts.ids) : null;
  const failed = (await failedArticles(graph, 10_000))
    .filter((f) => !wanted || wanted.has(f.id))
    .map((f) => ({ id: f.id, source: f.file ?? f.url ?? f.id, error: f.error ?? 'unknown error' }));
  const secs = stats.elapsedMs / 1000;
  logger.info(
    `Processed ${stats.completed} article(s) in ${secs.toFixed(1)}s (${secs > 0 ? (stats.completed / secs).toFixed(1) : '0'}/s), ` +
      `${stats.events} events, ${stats.failed} failed`,
  );
  return { stats, failed };
}

export function printFailed(failed: ProcessResult['failed']): void {
  if (failed.length === 0) return;
  process.stdout.write(`${failed.length} article(s) FAILED:\n`);
  for (const f of failed) process.stdout.write(`  ${f.id} (${f.source}): ${f.error}\n`);
}

export default function register(program: Command): void {
  program
    .command('ingest')
    .description('Queue articles for extraction: folders (with articles.json), .txt files, .jsonl files, - for stdin')
    .argument('<paths...>', 'folders, .txt or .jsonl files; - reads JSON Lines or one raw article from stdin')
    .option('--wait', 'also process the queue until it is empty')
    .option('-c, --concurrency <n>', 'with --wait: batches processed at once (default: KHABAR_WORKER_CONCURRENCY or 2)', positiveInt)
    .addHelpText('after', '\nExit status: 0 when every input was queued (and, with --wait, processed); 1 when an input was refused or an article FAILED.')
    .action(async (paths: string[], opts: { wait?: boolean; concurrency?: number }) => {
      const inputs = await readInputs(paths);
      const rt = await openRuntime({ attached: false });
      await requireMigrated(rt);
      const controller = new AbortController();
      let processing: Promise<unknown> | null = null;
      onShutdown(async (signal) => {
        logger.info(`${signal}: finishing the running articles, then exiting`);
        controller.abort();
        await processing?.catch(() => undefined);
        await rt.close();
      });
      try {
        const started = performance.now();
        const summary = await enqueue(rt.graph, inputs.items, { maxChars: rt.config.KHABAR_MAX_ARTICLE_CHARS });
        const refused = [...inputs.refused, ...summary.refused];
        const ms = performance.now() - started;
        process.stdout.write(
          `Queued ${summary.queued.length} article(s), ${summary.unchanged.length} unchanged, ${refused.length} refused ` +
            `(${ms.toFixed(0)}ms)\n`,
        );
        for (const r of refused) process.stdout.write(`  refused ${r.source}: ${r.reason}\n`);
        if (opts.wait) {
          const work = processQueue(rt.graph, rt.config, {
            concurrency: opts.concurrency ?? rt.config.KHABAR_WORKER_CONCURRENCY,
            ids: [...summary.queued, ...summary.unchanged],
            signal: controller.signal,
          });
          processing = work;
          const { stats, failed } = await work;
          process.stdout.write(`Processed ${stats.completed} article(s) in ${(stats.elapsedMs / 1000).toFixed(1)}s\n`);
          printFailed(failed);
          if (failed.length > 0) process.exitCode = 1;
        }
        if (refused.length > 0) process.exitCode = 1;
      } finally {
        await rt.close();
      }
    });
}
