// The timeline of events (vis-timeline). Colour by type; a day-precision event is a box on its day,
// a month- or year-precision event a range over its whole span (date.start to date.end), so the
// precision shows; planned events are hollow and dashed, occurred ones filled.
import { DataSet, Timeline } from './vendor/vis-timeline-graph2d.min.js';
import { dateLabel, nextDay, shortName, typeInfo } from './format.js';

const DAY_MS = 86_400_000;

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Hosts and initiators first, then guests, recipients and the rest. */
const ROLE_ORDER = { HOST: 0, INITIATOR: 1, GUEST: 2, RECIPIENT: 3, PARTICIPANT: 4 };

/** Who took part, short, host first: "Putin – al-Sharaa", "Lavrov"; at most three names. */
function itemLabel(event) {
  const ordered = [...event.participants].sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.actor.name.localeCompare(b.actor.name));
  const names = ordered.map((p) => shortName(p.actor));
  const shown = names.slice(0, 3).join(' – ');
  return names.length > 3 ? `${shown} +${names.length - 3}` : shown || typeInfo(event.type).label;
}

function itemTitle(event) {
  const info = typeInfo(event.type);
  const who = event.participants.map((p) => `${p.actor.name} (${p.role.toLowerCase()})`).join(', ');
  const lines = [
    `<b>${escapeHtml(info.label)}</b> · ${escapeHtml(event.status.toLowerCase())} · ${escapeHtml(dateLabel(event.date))}`,
    who && escapeHtml(who),
    event.place && escapeHtml(event.place.name),
    `${event.reportCount} source${event.reportCount === 1 ? '' : 's'}`,
  ];
  return lines.filter(Boolean).join('<br>');
}

function toItem(event) {
  const info = typeInfo(event.type);
  const planned = event.status === 'PLANNED';
  const style = planned
    ? `background-color:#fff;border:2px dashed ${info.color};color:#1f2933`
    : `background-color:${info.color};border-color:${info.color};color:${info.text}`;
  const day = event.date.precision === 'DAY';
  return {
    id: event.id,
    content: escapeHtml(itemLabel(event)),
    title: itemTitle(event),
    start: event.date.start,
    ...(day ? { type: 'box' } : { type: 'range', end: nextDay(event.date.end) }),
    className: `event t-${event.type} s-${event.status} p-${event.date.precision}`,
    style,
  };
}

/**
 * @param {HTMLElement} container
 * @param {{ onSelect(eventId: string | null): void }} handlers
 */
export function createTimeline(container, { onSelect }) {
  const items = new DataSet();
  const timeline = new Timeline(container, items, {
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    zoomMin: 3 * DAY_MS,
    zoomMax: 40 * 365 * DAY_MS,
    margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
    tooltip: { followMouse: true, overflowMethod: 'flip', delay: 200 },
  });
  timeline.on('select', ({ items: selected }) => onSelect(selected[0] ?? null));
  let hasWindow = false;

  return {
    timeline,
    /**
     * Shows exactly `events` (dated ones), changing only what differs so a live reload does not
     * flicker. With `refit` (new filters) the window shows the range given, or fits the events.
     */
    setEvents(events, { from, to, refit = false } = {}) {
      const next = events.filter((e) => e.date).map(toItem);
      const keep = new Set(next.map((i) => i.id));
      items.remove(items.getIds().filter((id) => !keep.has(id)));
      items.update(next);
      if (refit || !hasWindow) {
        // A new view: show the chosen range, or all its events. A live reload keeps the window.
        if (from && to) timeline.setWindow(from, nextDay(to), { animation: false });
        else if (next.length) timeline.fit({ animation: false });
        hasWindow = Boolean((from && to) || next.length);
      }
    },
    select(eventId) {
      timeline.setSelection(eventId && items.get(eventId) ? [eventId] : []);
    },
    /** Brings an event into view without changing the zoom more than needed. */
    reveal(eventId) {
      if (eventId && items.get(eventId)) timeline.focus(eventId, { animation: false, zoom: false });
    },
  };
}
