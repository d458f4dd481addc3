// GEXF 1.3 (https://gexf.net) in dynamic mode, for Gephi's timeline: every dated node and edge
// carries its days as a spell, `timeformat="date"`, inclusive bounds (GEXF intervals are closed).
// Events span their date (a month-precision event spans its month), MET/PARTICIPATED_IN/AT edges
// their event's date, actors and places the first to the last day of their exported events,
// articles their publication day. REPORTED_IN edges, undated nodes and undated edges have no
// spell: always present (Gephi still hides an edge while one of its ends is hidden).
//
// EXAMPLE:
//   <node id="event:e-1" label="MEETING 2024-03"><attvalues><attvalue for="type" value="MEETING"/></attvalues>
//     <spells><spell start="2024-03-01" end="2024-03-31"/></spells></node>
import { EDGE_COLUMNS, NODE_COLUMNS, type ExportEdge, type ExportNode, type FormatWriter, type PropertyType, type PropertyValue } from './schema.ts';
import { escapeAttr } from './xml.ts';

// Dates stay strings: the typed form of time in GEXF is the spell, and Gephi reads string columns
// everywhere.
const GEXF_TYPES: Readonly<Record<PropertyType, string>> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  date: 'string',
  'string[]': 'liststring',
};

/** GEXF 1.3 list syntax. EXAMPLE: ['پوتین', 'say "x"'] → `["پوتین", "say \"x\""]` */
export function gexfList(items: readonly string[]): string {
  return `[${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(', ')}]`;
}

function attributes(cls: 'node' | 'edge', columns: [string, PropertyType][], extra: [string, string][]): string {
  let out = `    <attributes class="${cls}" mode="static">\n`;
  for (const [name, type] of extra) out += `      <attribute id="${name}" title="${name}" type="${type}"/>\n`;
  for (const [name, type] of columns) out += `      <attribute id="${escapeAttr(name)}" title="${escapeAttr(name)}" type="${GEXF_TYPES[type]}"/>\n`;
  return `${out}    </attributes>\n`;
}

function attvalue(name: string, value: PropertyValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? gexfList(value) : String(value);
  return `<attvalue for="${escapeAttr(name)}" value="${escapeAttr(text)}"/>`;
}

function spells(start: string | null, end: string | null): string {
  if (!start && !end) return '';
  return `<spells><spell${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}/></spells>`;
}

export function createGexfWriter(opts: { now?: Date } = {}): FormatWriter {
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  return {
    begin() {
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
        `  <meta lastmodifieddate="${today}"><creator>khabar</creator><description>Events, actors and dated meetings from news articles</description></meta>\n` +
        '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">\n' +
        attributes('node', NODE_COLUMNS, [['labels', 'liststring']]) +
        attributes('edge', EDGE_COLUMNS, []) +
        '    <nodes>\n'
      );
    },
    node(n: ExportNode) {
      let values = attvalue('labels', n.labels);
      for (const [name] of NODE_COLUMNS) values += attvalue(name, n.props[name] ?? null);
      return `      <node id="${escapeAttr(n.uid)}" label="${escapeAttr(n.caption)}"><attvalues>${values}</attvalues>${spells(n.start, n.end)}</node>\n`;
    },
    nodesEnd: () => '    </nodes>\n    <edges>\n',
    edge(e: ExportEdge) {
      let values = '';
      for (const [name] of EDGE_COLUMNS) values += attvalue(name, e.props[name] ?? null);
      // `kind` is GEXF's own edge-type attribute; `label` is what Gephi shows.
      return (
        `      <edge id="${escapeAttr(e.uid)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}" kind="${e.type}" label="${e.type}">` +
        `${values ? `<attvalues>${values}</attvalues>` : ''}${spells(e.start, e.end)}</edge>\n`
      );
    },
    end: () => '    </edges>\n  </graph>\n</gexf>\n',
  };
}
