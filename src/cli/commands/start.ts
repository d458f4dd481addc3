import type { Command } from 'commander';
import { registerNotYet } from '../not-yet.ts';

export default function register(program: Command): void {
  registerNotYet(program, 'start', 'Start Neo4j, migrate, ingest seeds/ and serve', 3);
}
