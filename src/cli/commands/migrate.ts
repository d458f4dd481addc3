import type { Command } from 'commander';
import { migrate } from '../../graph/migrate.ts';
import { openRuntime } from '../bootstrap.ts';

export default function register(program: Command): void {
  program
    .command('migrate')
    .description('Apply the Cypher migrations in graph/migrations that the graph has not recorded yet (safe to run twice)')
    .action(async () => {
      const rt = await openRuntime({ attached: false });
      try {
        const result = await migrate(rt.graph.driver, rt.graph.database);
        process.stdout.write(
          result.applied.length
            ? `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')} (${result.alreadyApplied} already applied)\n`
            : `Nothing to apply: all ${result.alreadyApplied} migrations are recorded in ${rt.neo4j.uri}\n`,
        );
      } finally {
        await rt.close();
      }
    });
}
