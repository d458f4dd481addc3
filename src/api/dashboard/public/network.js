// The actor network (Cytoscape.js): actors are nodes, each dated meeting between two of them an
// edge (several meetings, several edges), coloured by event type, dashed when only planned.
// Tapping an actor filters by it (Shift/Ctrl adds it to the filter); tapping an edge opens its event.
import cytoscape from './vendor/cytoscape.esm.min.mjs';
import { EVENT_TYPES } from './format.js';

/** Meeting-like events make MET edges in the graph; the same rule for the events the page loaded. */
export function networkFromEvents(events) {
  const actors = new Map();
  const edges = [];
  for (const event of events) {
    if (!event.meeting) continue;
    const ids = [...new Set(event.participants.map((p) => p.actor.id))].sort();
    for (const p of event.participants) actors.set(p.actor.id, p.actor);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        edges.push({ from: ids[i], to: ids[j], eventId: event.id, type: event.type, status: event.status, date: event.date });
      }
    }
  }
  return { actors: [...actors.values()], edges, truncated: false };
}

/** The `network` query's answers (one per selected actor), merged and kept to the given types. */
export function networkFromApi(networks, types) {
  const actors = new Map();
  const edges = new Map();
  for (const net of networks) {
    actors.set(net.center.id, net.center);
    for (const a of net.actors) actors.set(a.id, a);
    for (const e of net.edges) {
      if (types && !types.includes(e.type)) continue;
      const [from, to] = [e.from.id, e.to.id].sort();
      edges.set(`${e.event.id}:${from}:${to}`, { from, to, eventId: e.event.id, type: e.type, status: e.status, date: e.date });
    }
  }
  return { actors: [...actors.values()], edges: [...edges.values()], truncated: networks.some((n) => n.truncated) };
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
      'font-size': 12,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': 2,
      'background-color': '#52606d',
      width: 'mapData(degree, 0, 12, 16, 40)',
      height: 'mapData(degree, 0, 12, 16, 40)',
    },
  },
  { selector: 'node.focus', style: { 'background-color': '#d9480f', 'border-width': 3, 'border-color': '#fbd38d', 'font-weight': 'bold' } },
  { selector: 'node.involved', style: { 'border-width': 3, 'border-color': '#1f2933' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'line-color': 'data(color)',
      opacity: 0.85,
      label: 'data(label)',
      'font-size': 8,
      color: '#52606d',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge.s-PLANNED', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge.involved', style: { width: 4, opacity: 1 } },
  { selector: '.faded', style: { opacity: 0.25 } },
];

/**
 * Force-directed layout, tuned for tens of actors: strong repulsion and long ideal edges keep the
 * labels apart, gravity keeps separate groups on screen (cytoscape's `cose` defaults pack nodes too
 * tightly for labelled graphs).
 */
const COSE = {
  name: 'cose',
  animate: false,
  randomize: true,
  padding: 30,
  nodeRepulsion: () => 400_000,
  idealEdgeLength: () => 100,
  edgeElasticity: () => 100,
  nodeOverlap: 20,
  componentSpacing: 80,
  gravity: 80,
  numIter: 1000,
  initialTemp: 200,
  coolingFactor: 0.95,
  minTemp: 1.0,
};

/** The most a fit may zoom in. */
const MAX_FIT_ZOOM = 1.25;

const COLORS = new Map(EVENT_TYPES.map((t) => [t.type, t.color]));

/**
 * @param {HTMLElement} container
 * @param {{ onActor(id: string, add: boolean): void, onEvent(id: string): void }} handlers
 */
export function createNetwork(container, { onActor, onEvent }) {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  cy.on('tap', 'node', (e) => onActor(e.target.id(), Boolean(e.originalEvent?.shiftKey || e.originalEvent?.ctrlKey || e.originalEvent?.metaKey)));
  cy.on('tap', 'edge', (e) => onEvent(e.target.data('eventId')));
  cy.on('mouseover', 'node, edge', () => container.classList.add('pointer'));
  cy.on('mouseout', 'node, edge', () => container.classList.remove('pointer'));

  /** Fits the graph, but a small graph is not blown up: labels stay near their CSS size. */
  const fit = () => {
    cy.fit(undefined, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };

  return {
    cy,
    /** Replaces the graph; `focus` are the filtered actors (highlighted). */
    setGraph({ actors, edges }, focus = []) {
      const degree = new Map();
      for (const e of edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const labelled = edges.length <= 40; // dates on every edge only while they stay readable
      cy.batch(() => {
        cy.elements().remove();
        cy.add(actors.map((a) => ({ group: 'nodes', data: { id: a.id, label: a.name, degree: degree.get(a.id) ?? 0 }, classes: focus.includes(a.id) ? 'focus' : '' })));
        cy.add(
          edges.map((e) => ({
            group: 'edges',
            data: { id: `${e.eventId}:${e.from}:${e.to}`, source: e.from, target: e.to, eventId: e.eventId, color: COLORS.get(e.type) ?? '#999', label: labelled && e.date ? e.date.value : '' },
            classes: `t-${e.type} s-${e.status}`,
          })),
        );
      });
      const layout = actors.length <= 3
        ? { name: 'circle', animate: false, padding: 40 }
        : COSE;
      cy.layout(layout).run();
      fit();
    },
    /** Marks an event's participants and edges; null clears. */
    highlightEvent(eventId, actorIds = []) {
      cy.batch(() => {
        cy.elements().removeClass('involved faded');
        if (!eventId) return;
        const edges = cy.edges().filter((e) => e.data('eventId') === eventId);
        const nodes = cy.nodes().filter((n) => actorIds.includes(n.id()));
        if (!edges.length && !nodes.length) return;
        edges.addClass('involved');
        nodes.addClass('involved');
        cy.elements().difference(edges.union(nodes)).addClass('faded');
      });
    },
    resize() {
      cy.resize();
      fit();
    },
  };
}
