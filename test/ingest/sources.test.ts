import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonLines, readFolder, readSources } from '../../src/ingest/sources.ts';

describe('article sources', () => {
  it('reads the seed folder with its articles.json metadata', async () => {
    const { articles, problems } = await readFolder('seeds');
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(5);
    expect(articles[0]).toMatchObject({ file: '000_dba4bf81cd101c5f.txt', language: 'fa', publishedAt: '2025-10-15' });
    expect(articles.every((a) => a.text.length > 1000)).toBe(true);
  });

  it('keeps good JSON lines and names the bad ones by line number', () => {
    const text = [
      JSON.stringify({ text: 'ok', url: 'https://e.org/1', publishedAt: '2024-01-02', language: 'en' }),
      '{not json',
      JSON.stringify({ text: 'bad date', publishedAt: '02/01/2024' }),
      '',
      JSON.stringify({ url: 'https://e.org/no-text' }),
    ].join('\n');
    const r = parseJsonLines(text, 'in.jsonl');
    expect(r.articles.map((a) => a.text)).toEqual(['ok']);
    expect(r.problems.map((p) => p.source)).toEqual(['in.jsonl:2', 'in.jsonl:3', 'in.jsonl:5']);
    expect(r.problems[1]!.message).toMatch(/publishedAt: a YYYY-MM-DD date/);
    expect(r.problems[2]!.message).toMatch(/text/);
  });

  it('refuses invalid UTF-8 and a malformed articles.json, naming the file, and keeps the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-src-'));
    await writeFile(path.join(dir, 'good.txt'), 'hello');
    await writeFile(path.join(dir, 'bad.txt'), Buffer.from([0x68, 0xff, 0xfe, 0x69]));
    const r = await readFolder(dir);
    expect(r.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(r.problems[0]!.message).toMatch(/bad\.txt is not valid UTF-8/);

    await writeFile(path.join(dir, 'articles.json'), JSON.stringify([{ file: 'good.txt', publishedAt: 'yesterday' }]));
    const r2 = await readSources([dir, path.join(dir, 'missing.txt')]);
    expect(r2.articles).toEqual([]);
    expect(r2.problems.map((p) => p.message).join('\n')).toMatch(/articles\.json: entry 0\.publishedAt/);
    expect(r2.problems.map((p) => p.source)).toContain(path.join(dir, 'missing.txt'));
  });
});
