import type { Command } from 'commander';
import { registerNotYet } from '../not-yet.ts';

export default function register(program: Command): void {
  registerNotYet(program, 'worker', 'Process queued articles', 5);
}
