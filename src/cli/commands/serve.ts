import type { Command } from 'commander';
import { createApp, startServer } from '../../api/server.ts';
import { isMigrated } from '../../graph/migrate.ts';
import { AppError } from '../../errors.ts';
import { logger } from '../../logger.ts';
import { onShutdown, openRuntime } from '../bootstrap.ts';
import { VERSION } from '../../version.ts';



export default function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API and GraphiQL (PORT, HOST) on a migrated graph')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 4000)')
    .action(async (opts: { port?: string }) => {
      const rt = await openRuntime({ attached: false });
      if (!(await isMigrated(rt.graph.driver, rt.graph.database))) {
        await rt.close();
        throw new AppError('NEO4J_NOT_MIGRATED', `the graph at ${rt.neo4j.uri} is not migrated`, { hint: 'Run `npx khabar migrate` first.' });
      }
      const app = createApp({ graph: rt.graph, config: rt.config, version: VERSION });
      const server = await startServer(app, rt.config.HOST, opts.port ? Number(opts.port) : rt.config.PORT);
      logger.info(`GraphQL and GraphiQL on ${server.url}`);
      process.stdout.write(`khabar: GraphQL and GraphiQL on ${server.url}\n`);
      onShutdown(async (signal) => {
        logger.info(`${signal}: stopping`);
        await server.close();
        await rt.close();
      });
    });
}
