// What an export contains: the node labels and relationship types, and the typed properties of
// each. GraphML keys, GEXF attributes and CSV headers are all declared before the first node is
// written, so the property sets are fixed here rather than discovered while streaming.
//
// Node ids in every format are prefixed with the label (`actor:vladimir-putin`, `event:e-…`),
// because ids are unique per label only: a country actor and a place can both be `russia`.
// The graph's own `id` stays a property.

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const JSON_FLAVORS = ['cytoscape', 'graphology'] as const;
export type JsonFlavor = (typeof JSON_FLAVORS)[number];

/** `date` values are `YYYY-MM-DD` strings; `string[]` are lists of strings. */
export const PROPERTY_TYPES = ['string', 'int', 'double', 'boolean', 'date', 'string[]'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export type PropertyValue = string | number | boolean | string[] | null;
export type Properties = Record<string, PropertyValue>;

export const NODE_LABELS = ['Actor', 'Event', 'Place', 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const EDGE_TYPES = ['PARTICIPATED_IN', 'AT', 'MET', 'REPORTED_IN'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

type Schema = Readonly<Record<string, PropertyType>>;

/** Exported properties per label, in column order. Articles leave out their text and queue state. */
export const NODE_PROPERTIES: Readonly<Record<NodeLabel, Schema>> = {
  Actor: { id: 'string', name: 'string', kind: 'string', aliases: 'string[]' },
  Event: {
    id: 'string',
    type: 'string',
    date: 'string', // YYYY-MM-DD, YYYY-MM or YYYY: not a date type
    dateStart: 'date',
    dateEnd: 'date',
    precision: 'string',
    status: 'string',
    confidence: 'double',
    location: 'string',
    reportCount: 'int',
  },
  Place: { id: 'string', name: 'string' },
  Article: { id: 'string', url: 'string', outlet: 'string', title: 'string', language: 'string', publishedAt: 'date' },
};

export const EDGE_PROPERTIES: Readonly<Record<EdgeType, Schema>> = {
  PARTICIPATED_IN: { role: 'string' },
  AT: {},
  MET: { eventId: 'string', type: 'string', date: 'string', dateStart: 'date', dateEnd: 'date', precision: 'string', status: 'string' },
  REPORTED_IN: { key: 'string', quote: 'string', start: 'int', end: 'int' },
};

/**
 * The union of the property sets of one kind (nodes or edges), each name once with its type.
 * A name typed differently under two labels would make one column mean two things: refused.
 * EXAMPLE: MET.date and Event.date are both `string`, so one `date` column serves both.
 */
export function unionOf(schemas: Readonly<Record<string, Schema>>): [string, PropertyType][] {
  const out = new Map<string, PropertyType>();
  for (const [owner, schema] of Object.entries(schemas)) {
    for (const [name, type] of Object.entries(schema)) {
      const seen = out.get(name);
      if (seen && seen !== type) throw new TypeError(`Expected one type for property "${name}", got ${seen} and ${type} (${owner})`);
      out.set(name, type);
    }
  }
  return [...out];
}

export const NODE_COLUMNS = unionOf(NODE_PROPERTIES);
export const EDGE_COLUMNS = unionOf(EDGE_PROPERTIES);

/** One node as it leaves Neo4j. */
export interface ExportNode {
  /** Label-prefixed, unique in the export. EXAMPLE: `actor:vladimir-putin` */
  uid: string;
  label: NodeLabel;
  /** Every label of the node, the primary one first. EXAMPLE: ['Event', 'Meeting'] */
  labels: string[];
  /** What a viewer shows: an actor's name, "MEETING 2025-07" for an event. */
  caption: string;
  props: Properties;
  /** First and last day (inclusive) the node is present on a timeline; null: always. */
  start: string | null;
  end: string | null;
}

/** One relationship as it leaves Neo4j. */
export interface ExportEdge {
  /** Deterministic and unique in the export. EXAMPLE: `MET:e-12ab:sergey-lavrov:vladimir-putin` */
  uid: string;
  type: EdgeType;
  source: string;
  target: string;
  props: Properties;
  start: string | null;
  end: string | null;
}

/**
 * A format turns the stream into text, piece by piece; `nodesEnd` comes between the last node and
 * the first edge. A writer is made per export and may keep state (a comma before the next item).
 */
export interface FormatWriter {
  begin(): string;
  node(n: ExportNode): string;
  nodesEnd(): string;
  edge(e: ExportEdge): string;
  end(): string;
}

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
