// Export options as the CLI and the HTTP handler hand them over: clear errors, month and year bounds.
import { describe, expect, it } from 'vitest';
import { boundOf, parseExportOptions } from '../../src/export/options.ts';

describe('boundOf', () => {
  it.each([
    ['2025-07-15', 'start', '2025-07-15'],
    ['2025-07', 'start', '2025-07-01'],
    ['2025-07', 'end', '2025-07-31'],
    ['2024-02', 'end', '2024-02-29'],
    ['2025-02', 'end', '2025-02-28'],
    ['2025', 'start', '2025-01-01'],
    ['2025', 'end', '2025-12-31'],
  ] as const)('%s as %s → %s', (text, side, expected) => {
    expect(boundOf(text, side)).toBe(expected);
  });

  it.each(['2025-02-30', '2025-13', '2025-00-10', '25-07-01', 'July 2025', '۱۴۰۴-۰۴-۱۰', ''])('refuses %j', (text) => {
    expect(boundOf(text, 'start')).toBeNull();
  });
});

describe('parseExportOptions', () => {
  it('fills defaults and normalizes lists', () => {
    expect(parseExportOptions({ format: 'json', actors: ' a , b,,a ', types: 'meeting,VISIT', withArticles: 'true' })).toEqual({
      format: 'json',
      from: null,
      to: null,
      actors: ['a', 'b'],
      types: ['MEETING', 'VISIT'],
      withArticles: true,
      jsonFlavor: 'cytoscape',
      csvPart: 'nodes',
    });
  });

  it('widens months to their days', () => {
    expect(parseExportOptions({ format: 'gexf', from: '2025-07', to: '2025-12' })).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
  });

  it.each([
    [{ format: 'gexf', from: '2025-02-30' }, /from "2025-02-30" is not a date \(expected YYYY-MM-DD, YYYY-MM or YYYY\)/],
    [{ format: 'gexf', to: 'tomorrow' }, /to "tomorrow" is not a date/],
    [{ format: 'gexf', from: '2025-08', to: '2025-07-31' }, /from \(2025-08-01\) is after to \(2025-07-31\)/],
    [{ format: 'gexf', types: 'MEETING,BANQUET' }, /unknown event type "BANQUET" \(expected some of MEETING, VISIT/],
    [{ format: 'xlsx' }, /unknown format "xlsx" \(expected one of graphml, gexf, csv, json\)/],
    [{}, /format is required/],
    [{ format: 'json', jsonFlavor: 'd3' }, /unknown JSON flavor "d3"/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseExportOptions(raw)).toThrow(message);
  });

  it('names every problem at once', () => {
    expect(() => parseExportOptions({ format: 'gexf', from: 'x', types: 'Y' })).toThrow(/from "x".*; unknown event type "Y"/);
  });
});
