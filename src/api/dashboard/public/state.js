// The dashboard's state lives in the URL query, so any view can be shared as a link:
//
//   /dashboard/?actors=vladimir-putin,ahmed-al-sharaa&types=MEETING,VISIT&from=2024-01-01&to=2024-12-31&event=e-1a2b&q=مسکو
//
// `types` absent means every type; `types=` (empty) means none. Dates are YYYY-MM-DD.
import { EVENT_TYPES } from './format.js';

const KNOWN_TYPES = new Set(EVENT_TYPES.map((t) => t.type));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Most actors in the filter (each is one alias in a GraphQL request; the API allows 15). */
export const MAX_ACTORS = 10;

/** @returns {{ actors: string[], types: string[] | null, from: string, to: string, event: string, q: string }} */
export function readState(search) {
  const params = new URLSearchParams(search);
  const list = (name) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const date = (name) => (DATE.test(params.get(name) ?? '') ? params.get(name) : '');
  const state = {
    actors: [...new Set(list('actors'))].slice(0, MAX_ACTORS),
    types: params.has('types') ? list('types').filter((t) => KNOWN_TYPES.has(t)) : null,
    from: date('from'),
    to: date('to'),
    event: params.get('event') ?? '',
    q: params.get('q') ?? '',
  };
  if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  return state;
}

/** The query string of a state (without defaults). EXAMPLE: { actors: ['a'], types: null, … } → "?actors=a" */
export function stateToSearch(state) {
  const params = new URLSearchParams();
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.types) params.set('types', state.types.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.event) params.set('event', state.event);
  if (state.q) params.set('q', state.q);
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

/** Records a state in the browser history: a new entry (back button), or in place. */
export function saveState(state, { replace = false } = {}) {
  const url = `${location.pathname}${stateToSearch(state)}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

/** True when the filters that decide which events load differ (not the selection or search). */
export function filtersChanged(a, b) {
  return a.actors.join() !== b.actors.join() || String(a.types) !== String(b.types) || a.from !== b.from || a.to !== b.to;
}
