// JSON in two shapes, written item by item (the arrays are never built in memory):
//   cytoscape  — Cytoscape.js elements: `cy.add(json.elements)` or `cytoscape({ elements: json.elements })`.
//                `data.id` is the export's node id, so the graph's own id moves to `data.entityId`.
//   graphology — graphology's serialized graph: `Graph.from(json)`; a directed multigraph, because
//                two actors who met twice have two MET edges.
// Null properties are left out. Edges carry their relationship type as `label`.
//
// EXAMPLE (cytoscape): {"elements":{"nodes":[{"data":{"id":"actor:vladimir-putin","label":"Vladimir Putin",…}}],
//                      "edges":[{"data":{"id":"MET:e-1:a:b","source":"actor:a","target":"actor:b","label":"MET",…}}]}}
import type { ExportEdge, ExportNode, FormatWriter, JsonFlavor, Properties } from './schema.ts';

function defined(props: Properties, into: Record<string, unknown>, rename: Readonly<Record<string, string>> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(props)) if (v !== null && v !== undefined) into[rename[k] ?? k] = v;
  return into;
}

/** Writes `head`, then items separated by commas, then `tail`, per list. */
function lists(): { item(json: string): string; reset(): void } {
  let first = true;
  return {
    item(json) {
      const out = first ? json : `,\n${json}`;
      first = false;
      return out;
    },
    reset() {
      first = true;
    },
  };
}

export function createJsonWriter(flavor: JsonFlavor): FormatWriter {
  const sep = lists();
  if (flavor === 'graphology') {
    return {
      begin: () =>
        '{"attributes":{"name":"khabar"},"options":{"type":"directed","multi":true,"allowSelfLoops":true},\n"nodes":[\n',
      node: (n: ExportNode) =>
        sep.item(JSON.stringify({ key: n.uid, attributes: defined(n.props, { label: n.caption, labels: n.labels }) })),
      nodesEnd() {
        sep.reset();
        return '\n],\n"edges":[\n';
      },
      edge: (e: ExportEdge) =>
        sep.item(JSON.stringify({ key: e.uid, source: e.source, target: e.target, attributes: defined(e.props, { label: e.type }) })),
      end: () => '\n]}\n',
    };
  }
  return {
    begin: () => '{"elements":{\n"nodes":[\n',
    node: (n: ExportNode) =>
      sep.item(JSON.stringify({ data: defined(n.props, { id: n.uid, label: n.caption, labels: n.labels }, { id: 'entityId' }) })),
    nodesEnd() {
      sep.reset();
      return '\n],\n"edges":[\n';
    },
    edge: (e: ExportEdge) =>
      sep.item(JSON.stringify({ data: defined(e.props, { id: e.uid, source: e.source, target: e.target, label: e.type }, { id: 'entityId' }) })),
    end: () => '\n]}}\n',
  };
}
