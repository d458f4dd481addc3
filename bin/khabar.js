#!/usr/bin/env node
// Runs the TypeScript CLI directly: Node >= 22.18 strips types natively.
import '../src/cli/main.ts';
