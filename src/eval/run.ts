// Runs the extractor over a folder of articles and scores it against a gold file: the I/O half
// of `khabar eval` (score.ts is the pure half). Shared by the CLI and the tests.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { extract } from '../extract/index.ts';
import { readArticlesJson, readText } from '../ingest/sources.ts';
import { GoldFileSchema, type GoldFile } from './gold-schema.ts';
import { score, type ArticleInput, type Score } from './score.ts';

/**
 * The gold file to use: `explicit`, else $KHABAR_GOLD, else ../shared/gold/seeds.gold.json
 * next to the project, else the copy in test/fixtures/gold/.
 */
export function defaultGoldPath(projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  if (env['KHABAR_GOLD']) return env['KHABAR_GOLD'];
  const shared = path.resolve(projectRoot, '..', 'shared', 'gold', 'seeds.gold.json');
  if (existsSync(shared)) return shared;
  return path.join(projectRoot, 'test', 'fixtures', 'gold', 'seeds.gold.json');
}

export async function readGold(file: string): Promise<GoldFile> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new AppError('BAD_INPUT', `${file}: gold file not found`, { hint: 'Pass --gold FILE or set KHABAR_GOLD.' });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new AppError('BAD_INPUT', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = GoldFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('BAD_INPUT', `${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export interface EvalRun {
  score: Score;
  inputs: ArticleInput[];
  /** Milliseconds spent extracting. */
  extractMs: number;
}

/** Extracts every gold article from `articlesDir` (publication dates from its articles.json, as ingest does) and scores it. */
export async function runEval(gold: GoldFile, articlesDir: string): Promise<EvalRun> {
  const meta = await readArticlesJson(articlesDir);
  const inputs: ArticleInput[] = [];
  let extractMs = 0;
  for (const g of gold.articles) {
    const file = path.join(articlesDir, g.file);
    let text: string;
    try {
      text = await readText(file);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('BAD_INPUT', `${file}: the gold names this article but it cannot be read`, { cause: err });
    }
    const publishedAt = meta.get(g.file)?.publishedAt ?? null;
    const t0 = performance.now();
    const result = extract(text, { publishedAt });
    extractMs += performance.now() - t0;
    inputs.push({ gold: g, text, result });
  }
  return { score: score(inputs), inputs, extractMs };
}
