// Reading articles from disk: a folder of .txt files with optional articles.json metadata,
// single .txt files, JSON Lines ({text, url, outlet, publishedAt, language} per line) and stdin.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { ArticleInput } from '../graph/article-store.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

/** One entry of a folder's articles.json. */
export const ArticleMetaSchema = z.object({
  file: z.string().min(1),
  language: z.enum(['fa', 'ar', 'en']).optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  publishedAt: isoDate.optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** One line of a JSON Lines file. */
export const ArticleLineSchema = z.object({
  text: z.string(),
  url: z.string().optional().nullable(),
  outlet: z.string().optional().nullable(),
  title: z.string().optional().nullable(),
  publishedAt: isoDate.optional().nullable(),
  language: z.enum(['fa', 'ar', 'en']).optional().nullable(),
});

/** A source that could not be read: named, so the rest of the batch goes on. */
export interface SourceProblem {
  source: string;
  message: string;
}

export interface ReadResult {
  articles: ArticleInput[];
  problems: SourceProblem[];
}

/** Reads `DIR/articles.json` when present; a malformed file is an error naming it. */
export async function readArticlesJson(dir: string): Promise<Map<string, ArticleMeta>> {
  const file = path.join(dir, 'articles.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new AppError('BAD_INPUT', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = z.array(ArticleMetaSchema.passthrough()).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('BAD_INPUT', `${file}: entry ${issue.path.join('.')}: ${issue.message}`);
  }
  return new Map(parsed.data.map((m) => [m.file, m]));
}

/** Reads every `.txt` in a folder (sorted by name) with its metadata. */
export async function readFolder(dir: string): Promise<ReadResult> {
  const meta = await readArticlesJson(dir);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const result: ReadResult = { articles: [], problems: [] };
  for (const file of files) {
    const full = path.join(dir, file);
    try {
      const text = await readText(full);
      const m = meta.get(file);
      result.articles.push({
        text,
        file,
        url: m?.url ?? null,
        outlet: m?.outlet ?? null,
        title: m?.title ?? null,
        publishedAt: m?.publishedAt ?? null,
        language: m?.language ?? null,
      });
    } catch (err) {
      result.problems.push({ source: full, message: (err as Error).message });
    }
  }
  return result;
}

/** Reads a file as strict UTF-8; invalid bytes are an error naming the file. */
export async function readText(file: string): Promise<string> {
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('BAD_INPUT', `${file} is not valid UTF-8`);
  }
}

/** Parses JSON Lines text; each bad line becomes a problem naming its line number. */
export function parseJsonLines(text: string, source: string): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      result.problems.push({ source: where, message: `not valid JSON: ${(err as Error).message}` });
      return;
    }
    const parsed = ArticleLineSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      result.problems.push({ source: where, message: `${issue.path.join('.') || 'line'}: ${issue.message}` });
      return;
    }
    result.articles.push({ ...parsed.data, file: null });
  });
  return result;
}

/** Reads each path: a folder, a .txt file, a .jsonl/.ndjson file. */
export async function readSources(paths: string[]): Promise<ReadResult> {
  const result: ReadResult = { articles: [], problems: [] };
  for (const p of paths) {
    try {
      const info = await stat(p);
      let part: ReadResult;
      if (info.isDirectory()) part = await readFolder(p);
      else if (/\.(jsonl|ndjson)$/i.test(p)) part = parseJsonLines(await readText(p), p);
      else {
        const dirMeta = await readArticlesJson(path.dirname(p));
        const m = dirMeta.get(path.basename(p));
        part = {
          articles: [{ text: await readText(p), file: path.basename(p), url: m?.url ?? null, outlet: m?.outlet ?? null, publishedAt: m?.publishedAt ?? null, language: m?.language ?? null, title: m?.title ?? null }],
          problems: [],
        };
      }
      result.articles.push(...part.articles);
      result.problems.push(...part.problems);
    } catch (err) {
      result.problems.push({ source: p, message: (err as Error).message });
    }
  }
  return result;
}
