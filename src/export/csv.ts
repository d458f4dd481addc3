// CSV for `neo4j-admin database import full` (Neo4j 5): a nodes file and a relationships file,
// each with one header line of typed columns. Quoting is csv-stringify's (RFC 4180: fields with a
// comma, quote or line break are quoted, quotes doubled).
//
//   nodes.csv:         :ID,:LABEL,id,name,kind,aliases:string[],type,…,dateStart:date,…,confidence:double,…
//   relationships.csv: :START_ID,:END_ID,:TYPE,role,eventId,…,start:int,end:int
//
// `:ID` holds the export's label-prefixed id (one id space for every label) and is not stored;
// the graph's own id is the `id` column. Lists use neo4j-admin's default array delimiter `;`,
// so a `;` inside a list item becomes `；` (U+FF1B). A missing property is an empty, unquoted
// field (no property after import); an empty string is `""`.
// Import: neo4j-admin database import full neo4j --nodes=nodes.csv --relationships=relationships.csv
//         --multiline-fields=true   (quotes may span lines; the database name first, or --relationships
//         takes it for one more file)
import { stringify } from 'csv-stringify/sync';
import { EDGE_COLUMNS, NODE_COLUMNS, type ExportEdge, type ExportNode, type FormatWriter, type PropertyType, type PropertyValue } from './schema.ts';

export const CSV_PARTS = ['nodes', 'relationships'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

/** EXAMPLE: ['confidence', 'double'] → 'confidence:double'; ['name', 'string'] → 'name' */
export function csvHeader(name: string, type: PropertyType): string {
  return type === 'string' ? name : `${name}:${type}`;
}

export const ARRAY_DELIMITER = ';';

function cell(value: PropertyValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.map((s) => s.replaceAll(ARRAY_DELIMITER, '；')).join(ARRAY_DELIMITER) : null;
  return String(value);
}

// Only a real empty string is quoted; null stays an empty, unquoted field.
const OPTIONS = { cast: { string: (v: string) => (v === '' ? { value: '', quoted_empty: true } : v) } };

function line(cells: (string | null)[]): string {
  return stringify([cells], OPTIONS);
}

export const CSV_NODE_HEADER = [':ID', ':LABEL', ...NODE_COLUMNS.map(([n, t]) => csvHeader(n, t))];
export const CSV_RELATIONSHIP_HEADER = [':START_ID', ':END_ID', ':TYPE', ...EDGE_COLUMNS.map(([n, t]) => csvHeader(n, t))];

/** The nodes file: `edge` is never called for it. */
export function createCsvNodesWriter(): FormatWriter {
  return {
    begin: () => line(CSV_NODE_HEADER),
    node: (n: ExportNode) => line([n.uid, n.labels.join(ARRAY_DELIMITER), ...NODE_COLUMNS.map(([name]) => cell(n.props[name]))]),
    nodesEnd: () => '',
    edge: () => '',
    end: () => '',
  };
}

/** The relationships file: `node` is never called for it. */
export function createCsvRelationshipsWriter(): FormatWriter {
  return {
    begin: () => line(CSV_RELATIONSHIP_HEADER),
    node: () => '',
    nodesEnd: () => '',
    edge: (e: ExportEdge) => line([e.source, e.target, e.type, ...EDGE_COLUMNS.map(([name]) => cell(e.props[name]))]),
    end: () => '',
  };
}
