// `khabar export --format graphml|gexf|csv|json [filters] [-o FILE]`: streams the graph, or the
// events the filters select with their actors and places, to standard output or a file.
// CSV is two files, so it needs `-o DIR` (nodes.csv and relationships.csv are written there).
// Flags are checked before Neo4j is opened; a file appears under its name only once complete.
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { AppError } from '../../errors.ts';
import { EXPORT_FORMATS, exportGraph, JSON_FLAVORS, OutputClosedError, parseExportOptions, type ExportOptions, type ExportStats } from '../../export/index.ts';
import type { GraphConnection } from '../../graph/driver.ts';
import { openRuntime } from '../bootstrap.ts';

interface Flags {
  format?: string;
  from?: string;
  to?: string;
  actors?: string;
  types?: string;
  output?: string;
  withArticles?: boolean;
  jsonFlavor?: string;
}

/** Writes to `file` through `file.partial`, renamed on success and removed on failure. */
async function toFile(graph: GraphConnection, opts: ExportOptions, file: string): Promise<ExportStats> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  try {
    const stats = await exportGraph(graph, opts, out);
    out.end();
    await finished(out);
    await rename(partial, file);
    return stats;
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
}

function summary(stats: ExportStats, format: string, where: string): string {
  return `khabar: exported ${stats.nodes} nodes and ${stats.edges} edges as ${format} to ${where} (${(stats.ms / 1000).toFixed(2)}s)\n`;
}

export default function register(program: Command): void {
  program
    .command('export')
    .description('Export the graph as GraphML, GEXF (dynamic, for Gephi), CSV (neo4j-admin import) or JSON (Cytoscape.js, graphology)')
    .requiredOption('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--from <date>', 'events ending on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'events starting on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--actors <ids>', 'events any of these actors took part in, comma-separated ids (all their participants come along)')
    .option('--types <types>', 'event types, comma-separated (MEETING,VISIT,…)')
    .option('--with-articles', 'include the articles and REPORTED_IN edges with their quotes')
    .option('--json-flavor <flavor>', `JSON shape: ${JSON_FLAVORS.join(' or ')}`, 'cytoscape')
    .option('-o, --output <path>', 'output file (a directory for csv); standard output when absent')
    .addHelpText(
      'after',
      '\nExamples:\n  khabar export --format gexf --from 2025-07 --to 2025-12 -o meetings.gexf\n  khabar export --format csv -o export/\n  khabar export --format json --json-flavor graphology --actors vladimir-putin --types MEETING,VISIT > putin.json',
    )
    .action(async (flags: Flags) => {
      const raw = { format: flags.format, from: flags.from, to: flags.to, actors: flags.actors, types: flags.types, withArticles: flags.withArticles, jsonFlavor: flags.jsonFlavor };
      const opts = parseExportOptions(raw);
      if (opts.format === 'csv' && !flags.output) {
        throw new AppError('BAD_INPUT', 'a CSV export is two files (nodes.csv and relationships.csv): give a directory with -o DIR', {
          hint: 'Example: khabar export --format csv -o export/',
        });
      }
      const rt = await openRuntime({ attached: false });
      try {
        if (opts.format === 'csv') {
          const dir = flags.output!;
          await mkdir(dir, { recursive: true });
          const nodes = await toFile(rt.graph, { ...opts, csvPart: 'nodes' }, path.join(dir, 'nodes.csv'));
          const rels = await toFile(rt.graph, { ...opts, csvPart: 'relationships' }, path.join(dir, 'relationships.csv'));
          process.stderr.write(summary({ ...nodes, edges: rels.edges, ms: nodes.ms + rels.ms }, 'csv', `${path.join(dir, 'nodes.csv')} and relationships.csv`));
        } else if (flags.output) {
          const stats = await toFile(rt.graph, opts, flags.output);
          process.stderr.write(summary(stats, opts.format, flags.output));
        } else {
          try {
            const stats = await exportGraph(rt.graph, opts, process.stdout);
            process.stderr.write(summary(stats, opts.format, 'standard output'));
          } catch (err) {
            // `khabar export … | head`: the reader has what it wanted.
            if (!(err instanceof OutputClosedError)) throw err;
          }
        }
      } finally {
        await rt.close();
      }
    });
}
