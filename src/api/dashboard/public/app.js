// The dashboard page: state from the URL → GraphQL → timeline, network and side panel; every
// change of filter or selection goes back into the URL, so a view can be shared as a link.
import { createClient } from './api.js';
import { createFilters } from './filters.js';
import { coalesce } from './format.js';
import { startLive } from './live.js';
import { createNetwork, networkFromApi, networkFromEvents } from './network.js';
import { createPanel } from './panel.js';
import { filtersChanged, readState, saveState } from './state.js';
import { createTimeline } from './timeline.js';

const client = createClient(new URL('../graphql', location.href).href);
const $ = (selector) => document.querySelector(selector);

/** Actor id → name, from everything loaded (chips show names, not ids). */
const names = new Map();
let state = readState(location.search);
/** The loaded view: its events by id, and what the guide and status line tell. */
let view = { events: new Map(), shown: 0, total: 0, actors: 0, meetings: 0, graphKey: '' };
let loadAbort = null;
let panelAbort = null;

const timeline = createTimeline($('#timeline'), { onSelect: (id) => update({ event: id ?? '' }, { fromTimeline: true }) });
const network = createNetwork($('#network'), { onActor: toggleActor, onEvent: (id) => update({ event: id }) });
const panel = createPanel($('#panel'), {
  onActor: toggleActor,
  onEvent: (id) => update({ event: id }),
  onArticle: showArticle,
  onClose: () => update({ event: '', q: '' }),
});
const filters = createFilters($('header'), {
  onChange: (patch, newNames = {}) => {
    for (const [id, name] of Object.entries(newNames)) names.set(id, name);
    update(patch);
  },
  onSearch: (q) => update({ q, event: '' }),
  suggestActors: (text) => client.actorSuggestions(text),
});

/** Click: filter by this actor alone (again: no actor filter). Shift-click: add or remove it. */
function toggleActor(id, add) {
  const has = state.actors.includes(id);
  const actors = add ? (has ? state.actors.filter((a) => a !== id) : [...state.actors, id]) : has && state.actors.length === 1 ? [] : [id];
  update({ actors });
}

function update(patch, { fromTimeline = false } = {}) {
  const previous = state;
  state = { ...state, ...patch };
  saveState(state);
  apply(previous, { fromTimeline });
}

function apply(previous, { fromTimeline = false } = {}) {
  filters.render(state, names);
  if (!previous || filtersChanged(previous, state)) void loadView({ refit: true });
  if (!previous || previous.event !== state.event || previous.q !== state.q) void renderPanel();
  timeline.select(state.event);
  if (state.event && !fromTimeline) timeline.reveal(state.event);
  highlightSelected();
}

function highlightSelected(event = view.events.get(state.event)) {
  network.highlightEvent(state.event || null, event ? event.participants.map((p) => p.actor.id) : []);
}

function setStatus(text, kind = 'ready') {
  $('#status').textContent = text;
  document.body.dataset.state = kind;
}

/** Loads the events of the current filters and the network around them. */
async function loadView({ refit = false, quiet = false } = {}) {
  loadAbort?.abort();
  const abort = (loadAbort = new AbortController());
  const wanted = state;
  if (!quiet) setStatus('Loading…', 'loading');
  try {
    const missing = wanted.actors.filter((id) => !names.has(id));
    const [result, networks, known] = await Promise.all([
      wanted.types && wanted.types.length === 0 ? { events: [], totalCount: 0 } : client.timeline(wanted, abort.signal),
      wanted.actors.length ? client.networkAround(wanted.actors, wanted, abort.signal) : null,
      client.actorsById(missing, abort.signal),
    ]);
    if (abort.signal.aborted) return;
    for (const a of known) names.set(a.id, a.name);
    for (const e of result.events) for (const p of e.participants) names.set(p.actor.id, p.actor.name);
    const graph = networks ? networkFromApi(networks, wanted.types) : networkFromEvents(result.events);
    for (const a of graph.actors) names.set(a.id, a.name);

    view = { events: new Map(result.events.map((e) => [e.id, e])), shown: result.events.length, total: result.totalCount, actors: graph.actors.length, meetings: graph.edges.length, graphKey: view.graphKey };
    timeline.setEvents(result.events, { from: wanted.from, to: wanted.to, refit });
    // Lay the network out again only when it changed (a live reload must not shuffle it).
    const graphKey = `${wanted.actors}|${graph.actors.map((a) => a.id).sort()}|${graph.edges.map((e) => `${e.eventId}:${e.from}:${e.to}`).sort()}`;
    if (graphKey !== view.graphKey) network.setGraph(graph, wanted.actors);
    view.graphKey = graphKey;
    filters.render(state, names);
    timeline.select(state.event);
    highlightSelected();
    const more = result.totalCount > result.events.length ? ` (first ${result.events.length} of ${result.totalCount})` : '';
    const cut = graph.truncated ? ' (cut at the size limit)' : '';
    setStatus(`${result.events.length} events${more} · ${graph.actors.length} actors · ${graph.edges.length} meetings in the network${cut}`);
    if (!state.event && !state.q) panel.showGuide(view);
  } catch (err) {
    if (abort.signal.aborted) return;
    setStatus(`Could not load the events: ${err.message}`, 'error');
  }
}

async function renderPanel() {
  panelAbort?.abort();
  const abort = (panelAbort = new AbortController());
  const { event: eventId, q } = state;
  try {
    if (eventId) {
      panel.showLoading('Loading the event…');
      const event = await client.event(eventId, abort.signal);
      if (abort.signal.aborted) return;
      panel.showEvent(event, { back: q ? { label: 'Search results', onclick: () => update({ event: '' }) } : undefined });
      if (event) highlightSelected(event);
    } else if (q) {
      panel.showLoading('Searching…');
      const result = await client.search(q, abort.signal);
      if (abort.signal.aborted) return;
      for (const a of result.actors) names.set(a.id, a.name);
      panel.showSearch(q, result);
    } else {
      panel.showGuide(view);
    }
  } catch (err) {
    if (!abort.signal.aborted) panel.showError(err.message);
  }
}

async function showArticle(id) {
  panelAbort?.abort();
  const abort = (panelAbort = new AbortController());
  try {
    panel.showLoading('Loading the article…');
    const article = await client.article(id, abort.signal);
    if (!abort.signal.aborted) panel.showArticle(article, { back: { label: 'Back', onclick: () => void renderPanel() } });
  } catch (err) {
    if (!abort.signal.aborted) panel.showError(err.message);
  }
}

window.addEventListener('popstate', () => {
  const previous = state;
  state = readState(location.search);
  apply(previous);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && (state.event || state.q) && !(e.target instanceof HTMLInputElement)) update({ event: '', q: '' });
});

// Live: reload the view (and the open event) shortly after the worker writes events.
const reloadSoon = coalesce(() => {
  void loadView({ quiet: true });
  if (state.event) void renderPanel();
}, 1000);
const LIVE_TEXT = { connecting: '○ connecting', live: '● live', polling: '↻ every 30 s' };
startLive(client, {
  onChange: reloadSoon,
  onMode: (mode) => {
    const badge = $('#live');
    badge.textContent = LIVE_TEXT[mode];
    badge.dataset.mode = mode;
    badge.title = mode === 'live' ? 'Updates as the worker ingests articles' : mode === 'polling' ? 'No live subscription: reloading every 30 seconds' : '';
  },
});

// For the console and the browser test: the libraries' objects and the current state.
window.khabarDashboard = { cy: network.cy, timeline: timeline.timeline, state: () => state };

saveState(state, { replace: true }); // the canonical form of the link that opened the page
apply(null);
