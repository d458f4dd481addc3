import type { Command } from 'commander';
import { registerNotYet } from '../not-yet.ts';

export default function register(program: Command): void {
  registerNotYet(program, 'eval', 'Score the extractor against the gold annotation', 4);
}
