#!/usr/bin/env node
// The `khabar` command. Each sub-command lives in commands/<name>.ts and registers itself.
import { Command, CommanderError } from 'commander';
import { AppError, coerceError } from '../errors.ts';
import { logger } from '../logger.ts';
import registerExtract from './commands/extract.ts';
import registerEval from './commands/eval.ts';
import registerIngest from './commands/ingest.ts';
import registerWorker from './commands/worker.ts';
import registerServe from './commands/serve.ts';
import registerStart from './commands/start.ts';
import registerExport from './commands/export.ts';
import registerMigrate from './commands/migrate.ts';
import registerReprocess from './commands/reprocess.ts';
import registerNeo4j from './commands/neo4j.ts';

export function createProgram(): Command {
  const program = new Command('khabar')
    .description('Event-timeline knowledge graph from Persian, Arabic and English news (Neo4j + GraphQL).')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerStart,
    registerExtract,
    registerIngest,
    registerWorker,
    registerServe,
    registerExport,
    registerMigrate,
    registerReprocess,
    registerNeo4j,
    registerEval,
  ]) {
    register(program);
  }
  return program;
}

/** Prints one clear line for a known error; a stack only for the unexpected. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode;
  const error = coerceError(err);
  if (error instanceof AppError) {
    process.stderr.write(`khabar: ${error.message}${error.hint ? `\n  ${error.hint}` : ''}\n`);
    logger.debug({ err: error }, 'command failed');
    return 1;
  }
  logger.error({ err: error }, 'unexpected error');
  process.stderr.write(`khabar: unexpected error: ${error.message}\n`);
  return 70;
}

if (import.meta.main) {
  try {
    await createProgram().parseAsync(process.argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
}
