// Small shared helpers: the event vocabulary with its colours, labels, dates, right-to-left
// languages, and `h` to build DOM nodes without innerHTML (text from articles is never parsed as HTML).

/** The API's EventType values, in legend order, with a colour each (Tableau 10, readable on white). */
export const EVENT_TYPES = [
  { type: 'MEETING', label: 'Meeting', color: '#4e79a7', text: '#fff' },
  { type: 'VISIT', label: 'Visit', color: '#f28e2b', text: '#111' },
  { type: 'PHONE_CALL', label: 'Phone call', color: '#59a14f', text: '#fff' },
  { type: 'SUMMIT', label: 'Summit', color: '#e15759', text: '#fff' },
  { type: 'INVITATION', label: 'Invitation', color: '#b07aa1', text: '#fff' },
  { type: 'AGREEMENT', label: 'Agreement', color: '#76b7b2', text: '#111' },
  { type: 'PRESS_CONFERENCE', label: 'Press conference', color: '#edc948', text: '#111' },
  { type: 'STATEMENT', label: 'Statement', color: '#9c755f', text: '#fff' },
  { type: 'INTERVIEW', label: 'Interview', color: '#ff9da7', text: '#111' },
  { type: 'OTHER', label: 'Other', color: '#bab0ac', text: '#111' },
];
const BY_TYPE = new Map(EVENT_TYPES.map((t) => [t.type, t]));

/** EXAMPLE: typeInfo('PHONE_CALL') → { label: 'Phone call', color: '#59a14f', … } */
export function typeInfo(type) {
  return BY_TYPE.get(type) ?? BY_TYPE.get('OTHER');
}

const PRECISION_WORD = { DAY: 'day', MONTH: 'month', YEAR: 'year' };

/** EXAMPLE: { value: '2024-04', precision: 'MONTH' } → "2024-04 (month)"; null → "undated" */
export function dateLabel(date) {
  if (!date) return 'undated';
  return date.precision === 'DAY' ? date.value : `${date.value} (${PRECISION_WORD[date.precision] ?? date.precision.toLowerCase()})`;
}

/** The day after an ISO date: vis-timeline ranges end exclusively. EXAMPLE: 2024-04-30 → 2024-05-01 */
export function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb']);

/** Direction attribute for a text in `lang`; unknown languages let the browser decide. */
export function dirOf(lang) {
  if (!lang || lang === 'und') return 'auto';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/**
 * A short name for crowded places (timeline items): a person's last name, anything else whole.
 * EXAMPLE: "Recep Tayyip Erdoğan" → "Erdoğan"; "Ahmed al-Sharaa" → "al-Sharaa"
 */
export function shortName(actor) {
  if (actor.kind !== 'PERSON') return actor.name;
  const parts = actor.name.trim().split(/\s+/);
  return parts[parts.length - 1] ?? actor.name;
}

/**
 * Builds an element: h('a', { href, class: 'x', dir: 'rtl', onclick }, 'text', child…).
 * Attributes named on… become listeners; null/false attributes and children are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Calls `fn` once `ms` after the last call. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/**
 * Calls `fn` `ms` after the first of a burst of calls, once: calls while it is pending join it.
 * Unlike debounce, a steady stream of calls (a worker ingesting many articles) still runs it.
 */
export function coalesce(fn, ms) {
  let timer = null;
  return () => {
    timer ??= setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
}
