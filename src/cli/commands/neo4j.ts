import type { Command } from 'commander';
import { registerNotYet } from '../not-yet.ts';

export default function register(program: Command): void {
  registerNotYet(program, 'neo4j', 'Manage the local Neo4j', 3);
}
