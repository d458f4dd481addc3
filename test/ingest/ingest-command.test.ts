import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStdin, readInputs } from '../../src/cli/commands/ingest.ts';
import { compareVersions, selection } from '../../src/cli/commands/reprocess.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('ingest inputs', () => {
  it('reads JSON Lines from stdin and keeps the good lines', () => {
    const r = parseStdin(enc(`${JSON.stringify({ text: 'one', language: 'en' })}\n{oops\n${JSON.stringify({ text: 'two' })}\n`));
    expect(r.items.map((i) => [i.text, i.source])).toEqual([['one', 'stdin#1'], ['two', 'stdin#2']]);
    expect(r.refused).toEqual([{ source: 'stdin:2', reason: expect.stringMatching(/not valid JSON/) }]);
  });

  it('takes stdin that is not JSON as one raw article, and refuses invalid UTF-8', () => {
    expect(parseStdin(enc('{braces} in a headline\nand a body')).items).toEqual([{ text: '{braces} in a headline\nand a body', source: 'stdin' }]);
    expect(parseStdin(enc('خبر\nدوم')).items).toHaveLength(1);
    expect(parseStdin(new Uint8Array([0x68, 0xff, 0x69]))).toEqual({ items: [], refused: [{ source: 'stdin', reason: 'not valid UTF-8' }] });
  });

  it('names each article by its source: folder file, .txt, jsonl line, stdin', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-ingest-'));
    await writeFile(path.join(dir, 'a.txt'), 'article a');
    await writeFile(path.join(dir, 'b.jsonl'), `${JSON.stringify({ text: 'line one' })}\n${JSON.stringify({ text: 'line two' })}\n`);
    const r = await readInputs([dir, path.join(dir, 'a.txt'), path.join(dir, 'b.jsonl'), '-', path.join(dir, 'nope.txt')], async () => enc('raw'));
    expect(r.items.map((i) => i.source)).toEqual([
      path.join(dir, 'a.txt'),
      path.join(dir, 'a.txt'),
      `${path.join(dir, 'b.jsonl')}#1`,
      `${path.join(dir, 'b.jsonl')}#2`,
      'stdin',
    ]);
    expect(r.refused.map((x) => x.source)).toEqual([path.join(dir, 'nope.txt')]);
  });
});

describe('reprocess selection', () => {
  it('orders versions part by part', () => {
    expect(compareVersions('0.10.0', '0.9.2')).toBeGreaterThan(0);
    expect(compareVersions('1.2.0', '1.2.0')).toBe(0);
    expect(compareVersions('1.2', '1.2.1')).toBeLessThan(0);
    expect(['0.3.0', '0.10.0', '0.2.9'].sort(compareVersions)).toEqual(['0.2.9', '0.3.0', '0.10.0']);
  });

  it('picks other versions by default, older ones with --since-version, everything with --all', () => {
    const stored = ['0.1.0', '0.2.0', '0.3.0', null];
    expect(selection({}, stored, '0.3.0')).toEqual({ mode: 'versions', versions: ['0.1.0', '0.2.0'], includeUnversioned: true, failed: false });
    expect(selection({ sinceVersion: '0.2.0', failed: true }, stored, null)).toEqual({ mode: 'versions', versions: ['0.1.0'], includeUnversioned: true, failed: true });
    expect(selection({ all: true }, stored, null).mode).toBe('all');
  });
});
