// Configuration from environment variables, validated once at start (t3-env's createEnv shape):
// a bad value ends the command with one line naming the variable and what was expected.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AppError } from './errors.ts';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));
const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  /** Bolt URI of an existing Neo4j; unset → Docker (when an engine answers) or the local launcher. @example bolt://db:7687 */
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt:// or neo4j:// URI').optional(),
  /** @default neo4j */
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Empty for a server with auth disabled (the local launcher binds to 127.0.0.1 with auth off). */
  NEO4J_PASSWORD: z.string().default(''),
  /** @default neo4j */
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Bolt port of the local launcher. @default 7687 */
  NEO4J_BOLT_PORT: port.default(7687),
  /** Where the local launcher keeps Neo4j's data and logs. @default <project>/.khabar */
  KHABAR_DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.khabar')),
  /** How to find Neo4j when NEO4J_URI is unset: auto (Docker if an engine answers, else the launcher), docker, local. */
  KHABAR_NEO4J_MODE: z.enum(['auto', 'docker', 'local']).default('auto'),
  /** HTTP port of the GraphQL server. @default 4000 */
  PORT: port.default(4000),
  /** Interface the server listens on; 0.0.0.0 inside a container. @default 127.0.0.1 */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Comma-separated API keys for mutations and exports (Authorization: Bearer KEY). Empty: mutations refused. */
  KHABAR_API_KEYS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean)),
  /** Serve GraphiQL at /graphql. @default true */
  KHABAR_GRAPHIQL: bool.default(true),
  /** Allow introspection queries. @default true */
  KHABAR_INTROSPECTION: bool.default(true),
  /** Longest a GraphQL request may run (also the Neo4j transaction timeout of its reads), in ms. @default 10000 */
  KHABAR_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
  /** Deepest selection set accepted. @default 12 */
  KHABAR_MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  /** Highest static cost accepted (graphql-armor: objects 2, scalars 1, deeper fields weigh more). @default 20000 */
  KHABAR_MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  /** Most aliases in one request. @default 15 */
  KHABAR_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
  /** Most result nodes a request may ask for: page sizes multiplied along nested lists. @default 20000 */
  KHABAR_MAX_RESULT_NODES: z.coerce.number().int().min(100).default(20_000),
  /** Articles ingested by `npm start`. @default <project>/seeds */
  KHABAR_SEEDS_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'seeds')),
  /** Longest article accepted, in characters. @default 2000000 */
  KHABAR_MAX_ARTICLE_CHARS: z.coerce.number().int().positive().default(2_000_000),
  /** Batches a worker processes at once (extraction of one overlaps the graph write of another). @default 2 */
  KHABAR_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Most articles a worker writes in one transaction (each article is whole in one). @default 50 */
  KHABAR_WORKER_BATCH: z.coerce.number().int().min(1).max(1000).default(50),
  /** How long a claimed article stays locked to its worker without renewal (renewed every third of it). @default 300 */
  KHABAR_WORKER_LEASE_SECONDS: z.coerce.number().positive().default(300),
  /** How often an idle worker looks for new articles, in milliseconds. @default 1000 */
  KHABAR_WORKER_POLL_MS: z.coerce.number().int().min(10).default(1000),
  /** Attempts before an article is marked FAILED (retries wait exp(min(attempts, 10)) seconds). @default 5 */
  KHABAR_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  /**
   * A stable worker id (must be unique among running workers); a restarted worker with the same id
   * releases the articles its previous run left locked. @default <hostname>-<pid>-<random>
   */
  KHABAR_WORKER_ID: z.string().regex(/^[\w.:@-]{1,100}$/, 'letters, digits and . _ : @ - (at most 100)').optional(),
  /** Pino level. @default info */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

/** Reads and validates the configuration; throws `AppError('CONFIG_INVALID')` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  // NEO4J_PASSWORD may legitimately be empty; keep it if set.
  if (env.NEO4J_PASSWORD !== undefined) cleaned.NEO4J_PASSWORD = env.NEO4J_PASSWORD;
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('CONFIG_INVALID', `invalid configuration: ${problems}`, {
      hint: 'Fix the environment variables named above (see "Configuration" in README.md).',
    });
  }
  return parsed.data;
}
