import type { Command } from 'commander';
import { AppError } from '../errors.ts';

/** Registers a command whose capability has not landed yet: it says so and exits non-zero. */
export function registerNotYet(program: Command, name: string, description: string, issue: number): void {
  program
    .command(name)
    .description(`${description} (not available yet: issue #${issue})`)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new AppError('NOT_IMPLEMENTED', `'khabar ${name}' is not available yet (issue #${issue}).`);
    });
}
