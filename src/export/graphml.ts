// GraphML (http://graphml.graphdrawing.org/): one directed graph, a typed <key> for every
// exported property. GraphML has no date or list types: dates are `string` keys holding
// YYYY-MM-DD, lists are `string` keys holding a JSON array.
//
// EXAMPLE:
//   <key id="n_name" for="node" attr.name="name" attr.type="string"/>
//   <node id="actor:vladimir-putin"><data key="n_labels">:Actor</data><data key="n_name">Vladimir Putin</data></node>
//   <edge id="MET:e-1:a:b" source="actor:a" target="actor:b"><data key="e_label">MET</data>…</edge>
import { EDGE_COLUMNS, NODE_COLUMNS, type ExportEdge, type ExportNode, type FormatWriter, type PropertyType, type PropertyValue } from './schema.ts';
import { escapeAttr, escapeText } from './xml.ts';

const GRAPHML_TYPES: Readonly<Record<PropertyType, string>> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  date: 'string',
  'string[]': 'string',
};

function key(id: string, domain: 'node' | 'edge', name: string, type: string): string {
  return `  <key id="${id}" for="${domain}" attr.name="${escapeAttr(name)}" attr.type="${type}"/>\n`;
}

function data(keyId: string, value: PropertyValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
  return `<data key="${keyId}">${escapeText(text)}</data>`;
}

export function createGraphmlWriter(): FormatWriter {
  return {
    begin() {
      let out =
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
      // Labels as Neo4j's APOC export writes them (":Event:Meeting"), a caption for viewers.
      out += key('n_labels', 'node', 'labels', 'string');
      out += key('n_label', 'node', 'label', 'string');
      for (const [name, type] of NODE_COLUMNS) out += key(`n_${name}`, 'node', name, GRAPHML_TYPES[type]);
      out += key('e_label', 'edge', 'label', 'string');
      for (const [name, type] of EDGE_COLUMNS) out += key(`e_${name}`, 'edge', name, GRAPHML_TYPES[type]);
      return `${out}  <graph id="khabar" edgedefault="directed">\n`;
    },
    node(n: ExportNode) {
      let out = `    <node id="${escapeAttr(n.uid)}">`;
      out += data('n_labels', `:${n.labels.join(':')}`) + data('n_label', n.caption);
      for (const [name] of NODE_COLUMNS) out += data(`n_${name}`, n.props[name] ?? null);
      return `${out}</node>\n`;
    },
    nodesEnd: () => '',
    edge(e: ExportEdge) {
      let out = `    <edge id="${escapeAttr(e.uid)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}">`;
      out += data('e_label', e.type);
      for (const [name] of EDGE_COLUMNS) out += data(`e_${name}`, e.props[name] ?? null);
      return `${out}</edge>\n`;
    },
    end: () => '  </graph>\n</graphml>\n',
  };
}
