// `khabar extract FILE --json [--published-at D] [--language L]`: one article → its extraction JSON.
// `khabar extract DIR --out OUTDIR`: every .txt in DIR → OUTDIR/<file name>.json, with publication
// dates and languages from DIR/articles.json when present (validated with zod in ingest/sources.ts).
// The extractor itself does no I/O; this command reads and writes the files.
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { AppError } from '../../errors.ts';
import { extract, InputTooLargeError, LANGUAGES, type ExtractionResult, type ExtractOptions, type Language } from '../../extract/index.ts';
import { readArticlesJson, readText } from '../../ingest/sources.ts';

interface ExtractFlags {
  json?: boolean;
  publishedAt?: string;
  language?: Language;
  out?: string;
  maxChars?: number;
}

function isoDateArg(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('Expected a date as YYYY-MM-DD.');
  }
  return value;
}

function languageArg(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new InvalidArgumentError(`Expected one of ${LANGUAGES.join(', ')}.`);
  return value as Language;
}

function positiveIntArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('Expected a positive integer.');
  return n;
}

/** Runs the extractor, turning its refusals into one clear CLI error. */
export function extractOrFail(text: string, options: ExtractOptions, source: string): ExtractionResult {
  try {
    return extract(text, options);
  } catch (err) {
    if (err instanceof InputTooLargeError) {
      throw new AppError('INPUT_TOO_LARGE', `${source}: ${err.message}`, { cause: err, hint: 'Raise the limit with --max-chars if the file really is one article.' });
    }
    throw err;
  }
}

function summary(file: string, r: ExtractionResult): string {
  const lines = [`${file}: ${r.language}, published ${r.publishedAt ?? 'unknown'} (${r.publishedAtSource}), ${r.actors.length} actors, ${r.events.length} events`];
  for (const e of r.events) {
    const who = e.participants.map((p) => p.actorId).join(', ');
    lines.push(`  ${e.type.padEnd(16)} ${(e.date?.value ?? '—').padEnd(10)} ${e.status.padEnd(8)} ${who}${e.location ? ` @ ${e.location}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

async function extractFile(file: string, flags: ExtractFlags): Promise<void> {
  const text = await readText(file);
  const result = extractOrFail(
    text,
    { publishedAt: flags.publishedAt ?? null, ...(flags.language ? { language: flags.language } : {}), ...(flags.maxChars ? { maxInputLength: flags.maxChars } : {}) },
    file,
  );
  process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : summary(path.basename(file), result));
}

async function extractDir(dir: string, flags: ExtractFlags): Promise<void> {
  if (!flags.out) throw new AppError('BAD_INPUT', `${dir} is a folder: say where the results go with --out OUTDIR`);
  const meta = await readArticlesJson(dir);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  await mkdir(flags.out, { recursive: true });
  let events = 0;
  for (const file of files) {
    const m = meta.get(file);
    const language = flags.language ?? m?.language;
    const result = extractOrFail(
      await readText(path.join(dir, file)),
      {
        publishedAt: flags.publishedAt ?? m?.publishedAt ?? null,
        ...(language ? { language } : {}),
        ...(flags.maxChars ? { maxInputLength: flags.maxChars } : {}),
      },
      path.join(dir, file),
    );
    events += result.events.length;
    await writeFile(path.join(flags.out, `${file}.json`), `${JSON.stringify(result, null, 2)}\n`);
    if (!flags.json) process.stdout.write(summary(file, result));
  }
  process.stdout.write(`Extracted ${files.length} article(s), ${events} event(s) → ${flags.out}\n`);
}

export default function register(program: Command): void {
  program
    .command('extract')
    .description('Extract dated events, actors and places from an article (FILE) or a folder of .txt articles (DIR --out OUTDIR)')
    .argument('<path>', 'a .txt article, or a folder of them (with an optional articles.json)')
    .option('--json', 'print the extraction JSON (the contract of DESIGN.md)')
    .option('--published-at <date>', 'publication date YYYY-MM-DD (wins over a dateline in the text and articles.json)', isoDateArg)
    .option('--language <lang>', `force the language (${LANGUAGES.join(', ')})`, languageArg)
    .option('--out <dir>', 'with a folder: where to write <file name>.json for each article')
    .option('--max-chars <n>', 'longest article accepted, in characters (default 2,000,000)', positiveIntArg)
    .action(async (target: string, flags: ExtractFlags) => {
      let info;
      try {
        info = await stat(target);
      } catch {
        throw new AppError('BAD_INPUT', `${target}: no such file or folder`);
      }
      if (info.isDirectory()) await extractDir(target, flags);
      else await extractFile(target, flags);
    });
}
