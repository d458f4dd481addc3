// The writers on their own: XML escaping for any text, GEXF lists, CSV headers and cells.
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createCsvNodesWriter, csvHeader } from '../../src/export/csv.ts';
import { createGexfWriter, gexfList } from '../../src/export/gexf.ts';
import { createGraphmlWriter } from '../../src/export/graphml.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, unionOf, type ExportNode } from '../../src/export/schema.ts';
import { escapeAttr, escapeText } from '../../src/export/xml.ts';

const node = (props: ExportNode['props'], caption = 'x'): ExportNode => ({ uid: 'actor:x', label: 'Actor', labels: ['Actor'], caption, props, start: null, end: null });

describe('XML escaping', () => {
  it('keeps Persian and Arabic, ZWNJ, bidi marks and astral characters as they are', () => {
    const s = 'می‌خواهد \u200Fالشرع\u200E 𝔸 😀';
    expect(escapeText(s)).toBe(s);
    expect(escapeAttr(s)).toBe(s);
  });

  it('escapes markup and drops what XML 1.0 cannot carry', () => {
    expect(escapeText('a<b>&c]]>\u0000\u0008\u000B\uFFFE\uD800z\r')).toBe('a&lt;b&gt;&amp;c]]&gt;z&#13;');
    expect(escapeAttr(`"'\t\n\r\u001F`)).toBe('&quot;&apos;&#9;&#10;&#13;');
    expect(escapeText('\uDC00\uD83D\uDE00')).toBe('\uD83D\uDE00'); // lone low surrogate dropped, pair kept
  });

  it('round-trips any text through an XML parser, control characters aside', () => {
    const nasty = 'قال "الوزير" <b> & \'x\'\n\tسطر\r\n\u0001\u0007 «پوتین» ‌ ';
    const expected = nasty.replace(/[\u0001\u0007]/g, '');
    const w = createGraphmlWriter();
    const xml = w.begin() + w.node(node({ name: nasty }, nasty)) + w.nodesEnd() + w.end();
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const data = Array.from(doc.getElementsByTagName('data')).find((d) => d.getAttribute('key') === 'n_name')!;
    expect(data.textContent).toBe(expected);
    const g = createGexfWriter({ now: new Date('2024-01-01') });
    const gx = new DOMParser().parseFromString(g.begin() + g.node(node({ name: nasty }, nasty)) + g.nodesEnd() + g.end(), 'application/xml');
    expect(gx.getElementsByTagName('node')[0]!.getAttribute('label')).toBe(expected);
  });
});

describe('formats', () => {
  it('writes GEXF lists that keep commas and quotes', () => {
    expect(gexfList(['a, b', 'say "x"', 'پوتین'])).toBe('["a, b", "say \\"x\\"", "پوتین"]');
  });

  it('types CSV headers the neo4j-admin way and keeps ; out of list items', () => {
    expect([csvHeader('name', 'string'), csvHeader('confidence', 'double'), csvHeader('aliases', 'string[]')]).toEqual(['name', 'confidence:double', 'aliases:string[]']);
    const w = createCsvNodesWriter();
    const rows = parse(w.begin() + w.node(node({ id: 'x', name: '', aliases: ['a;b', 'ج'], kind: null })), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ ':ID': 'actor:x', ':LABEL': 'Actor', id: 'x', name: '', 'aliases:string[]': 'a；b;ج', kind: '' });
    // An empty string is quoted (a value); a missing property is an empty field (no value).
    expect(w.node(node({ id: 'x', name: '', kind: null }))).toMatch(/^actor:x,Actor,x,"",,/);
  });

  it('gives each property one type across labels', () => {
    expect(NODE_COLUMNS.length).toBeGreaterThan(10);
    expect(EDGE_COLUMNS.map(([n]) => n)).toContain('quote');
    expect(() => unionOf({ A: { date: 'string' }, B: { date: 'date' } })).toThrow(/one type for property "date"/);
  });
});
