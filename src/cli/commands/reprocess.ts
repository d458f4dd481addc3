// `khabar reprocess`: puts processed articles back in the queue after the extractor changed. The
// worker then rewrites each article's contribution to the graph in one transaction (the graph
// writer replaces what the article reported before), so nothing is duplicated or orphaned.
import { InvalidArgumentError, type Command } from 'commander';
import { EXTRACTOR_VERSION } from '../../extract/index.ts';
import { extractorVersions, requeueArticles, type RequeueSelection } from '../../graph/queue-store.ts';
import { logger } from '../../logger.ts';
import { onShutdown, openRuntime } from '../bootstrap.ts';
import { printFailed, processQueue } from './ingest.ts';
import { positiveInt, requireMigrated } from './worker.ts';

/**
 * Compares extractor versions part by part, numbers as numbers.
 * EXAMPLE: "0.10.0" > "0.9.2"; "1.2.0-fa3" > "1.2.0-fa2"
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.\-+_]/);
  const pb = b.split(/[.\-+_]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    if (x === '') return -1;
    if (y === '') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export interface ReprocessFlags {
  sinceVersion?: string;
  all?: boolean;
  failed?: boolean;
}

/** Which articles to put back, given the versions stored in the graph. */
export function selection(flags: ReprocessFlags, stored: (string | null)[], current: string | null): RequeueSelection {
  const failed = flags.failed === true;
  if (flags.all) return { mode: 'all', versions: [], includeUnversioned: true, failed };
  const known = stored.filter((v): v is string => v !== null);
  if (flags.sinceVersion) {
    const since = flags.sinceVersion;
    return { mode: 'versions', versions: known.filter((v) => compareVersions(v, since) < 0), includeUnversioned: true, failed };
  }
  return { mode: 'versions', versions: known.filter((v) => v !== current), includeUnversioned: true, failed };
}

function versionArg(value: string): string {
  if (!/^[\w.+-]{1,64}$/.test(value)) throw new InvalidArgumentError('Expected a version such as 0.2.0.');
  return value;
}

export default function register(program: Command): void {
  program
    .command('reprocess')
    .description("Re-extract stored articles after the extractor changed (by default those extracted by another version than the installed one)")
    .option('--since-version <version>', 'only articles extracted by a version older than this one', versionArg)
    .option('--all', 'every processed article, whatever its version')
    .option('--failed', 'also FAILED articles (a new extractor may succeed where the old one threw)')
    .option('--wait', 'also process the queue until it is empty; exit non-zero if an article FAILED')
    .option('-c, --concurrency <n>', 'with --wait: batches processed at once (default: KHABAR_WORKER_CONCURRENCY or 2)', positiveInt)
    .action(async (opts: ReprocessFlags & { wait?: boolean; concurrency?: number }) => {
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
        const current = opts.all || opts.sinceVersion ? null : EXTRACTOR_VERSION;
        const sel = selection(opts, await extractorVersions(rt.graph), current);
        const n = await requeueArticles(rt.graph, sel);
        const what = sel.mode === 'all' ? 'every processed article' : sel.versions.length ? `versions ${sel.versions.join(', ')} and unversioned` : 'unversioned articles';
        process.stdout.write(`Re-queued ${n} article(s) (${what}${sel.failed ? ', and FAILED ones' : ''})${current ? `; the extractor is ${current}` : ''}\n`);
        if (opts.wait) {
          const work = processQueue(rt.graph, rt.config, {
            concurrency: opts.concurrency ?? rt.config.KHABAR_WORKER_CONCURRENCY,
            signal: controller.signal,
          });
          processing = work;
          const { stats, failed } = await work;
          process.stdout.write(`Processed ${stats.completed} article(s) in ${(stats.elapsedMs / 1000).toFixed(1)}s\n`);
          printFailed(failed);
          if (failed.length > 0) process.exitCode = 1;
        }
      } finally {
        await rt.close();
      }
    });
}
