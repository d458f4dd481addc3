import type { Command } from 'commander';
import { registerNotYet } from '../not-yet.ts';

export default function register(program: Command): void {
  registerNotYet(program, 'extract', 'Extract events from article text', 4);
}
