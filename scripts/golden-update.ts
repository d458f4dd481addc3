// `npm run golden:update`: rewrites test/golden/<file>.json (the seeds) and
// test/golden/fixtures/<file>.json (the generality fixtures) with what `khabar extract --json`
// gives today, publication dates from each folder's articles.json. Review the diff before committing:
// the golden test fails on any change until this is run again.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { extract } from '../src/extract/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the articles are, and where their golden outputs go. */
export const GOLDEN_SETS = [
  { articles: path.join(ROOT, 'seeds'), golden: path.join(ROOT, 'test', 'golden') },
  { articles: path.join(ROOT, 'test', 'fixtures', 'articles'), golden: path.join(ROOT, 'test', 'golden', 'fixtures') },
] as const;

const Meta = z.array(z.object({ file: z.string(), publishedAt: z.string().optional() }).passthrough());

export async function goldenOutputs(articlesDir: string): Promise<Map<string, string>> {
  let meta: z.infer<typeof Meta> = [];
  try {
    meta = Meta.parse(JSON.parse(await readFile(path.join(articlesDir, 'articles.json'), 'utf8')));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const byFile = new Map(meta.map((m) => [m.file, m]));
  const out = new Map<string, string>();
  for (const file of (await readdir(articlesDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(path.join(articlesDir, file), 'utf8');
    const result = extract(text, { publishedAt: byFile.get(file)?.publishedAt ?? null });
    out.set(`${file}.json`, `${JSON.stringify(result, null, 2)}\n`);
  }
  return out;
}

if (import.meta.main) {
  for (const set of GOLDEN_SETS) {
    await mkdir(set.golden, { recursive: true });
    const outputs = await goldenOutputs(set.articles);
    for (const [name, json] of outputs) await writeFile(path.join(set.golden, name), json);
    process.stdout.write(`Wrote ${outputs.size} golden file(s) to ${path.relative(ROOT, set.golden)}\n`);
  }
}
