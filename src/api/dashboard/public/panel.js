// The side panel: an event's participants, place and sources (each quote in its own language and
// direction: Persian and Arabic right-to-left), search results, an article's events, or a short guide.
import { EVENT_TYPES, dateLabel, dirOf, h, typeInfo } from './format.js';

const LANGUAGE_NAMES = { fa: 'Persian', ar: 'Arabic', en: 'English' };

function typeBadge(event) {
  const info = typeInfo(event.type);
  const planned = event.status === 'PLANNED';
  const style = planned ? `border:2px dashed ${info.color};color:#1f2933;background:#fff` : `background:${info.color};color:${info.text};border:2px solid ${info.color}`;
  return h('span', { class: 'badge', style }, info.label);
}

function statusBadge(status) {
  return h('span', { class: `status status-${status}` }, status === 'PLANNED' ? 'planned' : 'occurred');
}

/** Text in its language and direction: <span lang="fa" dir="rtl">…</span> */
function inLanguage(tag, lang, text, attrs = {}) {
  return h(tag, { lang: lang && lang !== 'und' ? lang : null, dir: dirOf(lang), ...attrs }, text);
}

/** A snippet with the query's words marked. Ranges are offsets into the snippet. */
function highlighted(snippet, ranges) {
  const parts = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > snippet.length) continue;
    parts.push(snippet.slice(at, r.start), h('mark', {}, snippet.slice(r.start, r.end)));
    at = r.end;
  }
  parts.push(snippet.slice(at));
  return parts;
}

/** "FA  <outlet> · 2024-02-15": the outlet isolated (<bdi>) so a Persian name does not reorder the date. */
function articleLine(article) {
  const outlet = h('bdi', { lang: article.language && article.language !== 'und' ? article.language : null }, article.outlet ?? article.url ?? article.id);
  return h(
    'div',
    { class: 'article-line' },
    h('span', { class: 'lang-tag', title: LANGUAGE_NAMES[article.language] ?? article.language }, article.language ?? '?'),
    ' ',
    article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, outlet) : outlet,
    article.publishedAt ? h('span', { class: 'published' }, ` · ${article.publishedAt}`) : null,
  );
}

/**
 * @param {HTMLElement} root
 * @param {{ onActor(id: string, add: boolean): void, onEvent(id: string): void, onArticle(id: string): void, onClose(): void }} handlers
 */
export function createPanel(root, handlers) {
  const show = (...children) => {
    root.replaceChildren(...children.flat().filter(Boolean));
    root.scrollTop = 0;
  };
  const closeButton = (label = 'Close') => h('button', { class: 'close', type: 'button', title: label, 'aria-label': label, onclick: () => handlers.onClose() }, '×');
  const actorButton = (actor, extra = '') =>
    h('button', { class: 'actor', type: 'button', title: 'Filter by this actor (Shift: add to the filter)', onclick: (e) => handlers.onActor(actor.id, e.shiftKey || e.ctrlKey || e.metaKey), dataset: { actor: actor.id } }, actor.name, extra);

  return {
    showGuide({ shown, total, actors }) {
      show(
        h('h2', {}, 'khabar'),
        h('p', {}, `${shown} event${shown === 1 ? '' : 's'} on the timeline${total > shown ? ` (first ${shown} of ${total})` : ''}, ${actors} actor${actors === 1 ? '' : 's'} in the network.`),
        h('p', { class: 'hint' }, 'Click an event for its participants, place and sources. Click an actor in the network to filter by it (Shift-click adds). Drag and scroll to move and zoom.'),
        h('h3', {}, 'Legend'),
        h(
          'ul',
          { class: 'legend' },
          EVENT_TYPES.map((t) => h('li', {}, typeBadge({ type: t.type, status: 'OCCURRED' }))),
          h('li', {}, typeBadge({ type: 'MEETING', status: 'PLANNED' }), ' planned (hollow, dashed)'),
          h('li', {}, h('span', { class: 'swatch-range' }), ' a bar spans a month or a year; a box is a day'),
        ),
      );
    },

    showLoading(message) {
      show(h('p', { class: 'loading' }, message));
    },

    showError(message) {
      show(closeButton(), h('p', { class: 'error', role: 'alert' }, message));
    },

    /** @param {any} event the `event` query's answer, with `sources` */
    showEvent(event, { back } = {}) {
      if (!event) return show(closeButton(), h('p', { class: 'error' }, 'This event is not in the graph (any more).'));
      const sources = event.sources ?? [];
      show(
        closeButton(),
        back ? h('button', { class: 'back', type: 'button', onclick: back.onclick }, `← ${back.label}`) : null,
        h('h2', { class: 'event-title' }, typeBadge(event), ' ', statusBadge(event.status)),
        h(
          'dl',
          { class: 'facts' },
          h('dt', {}, 'Date'),
          h('dd', {}, dateLabel(event.date), event.date && event.date.precision !== 'DAY' ? h('span', { class: 'muted' }, ` ${event.date.start} – ${event.date.end}`) : null),
          h('dt', {}, 'Place'),
          h('dd', {}, event.place ? event.place.name : h('span', { class: 'muted' }, 'not stated')),
          h('dt', {}, 'Confidence'),
          h('dd', {}, `${Math.round(event.confidence * 100)}%`),
        ),
        h('h3', {}, 'Participants'),
        h(
          'ul',
          { class: 'participants' },
          event.participants.map((p) => h('li', {}, actorButton(p.actor), ' ', h('span', { class: 'role' }, p.role.toLowerCase()))),
        ),
        h('h3', {}, `Sources (${sources.length})`),
        h(
          'ol',
          { class: 'sources' },
          sources.map((s) =>
            h(
              'li',
              { class: 'source' },
              articleLine(s.article),
              s.article.title ? inLanguage('div', s.article.language, s.article.title, { class: 'article-title' }) : null,
              inLanguage('blockquote', s.article.language, s.quote, { class: 'quote', cite: s.article.url ?? null }),
              h('button', { class: 'link', type: 'button', onclick: () => handlers.onArticle(s.article.id) }, 'Other events in this article'),
            ),
          ),
        ),
      );
    },

    showSearch(text, { hits, actors }) {
      show(
        closeButton('Clear the search'),
        h('h2', {}, 'Search: ', inLanguage('span', null, text)),
        actors.length
          ? [h('h3', {}, 'Actors'), h('ul', { class: 'participants' }, actors.map((a) => h('li', {}, actorButton(a))))]
          : null,
        h('h3', {}, `Passages (${hits.length})`),
        hits.length === 0 ? h('p', { class: 'muted' }, 'Nothing found.') : null,
        h(
          'ol',
          { class: 'hits' },
          hits.map((hit) =>
            h(
              'li',
              { class: `hit hit-${hit.kind}` },
              articleLine(hit.article),
              hit.event
                ? h('button', { class: 'link', type: 'button', onclick: () => handlers.onEvent(hit.event.id) }, typeInfo(hit.event.type).label, ' · ', dateLabel(hit.event.date))
                : h('button', { class: 'link', type: 'button', onclick: () => handlers.onArticle(hit.article.id) }, 'Events in this article'),
              inLanguage('blockquote', hit.article.language, highlighted(hit.snippet, hit.highlights), { class: 'quote' }),
            ),
          ),
        ),
      );
    },

    showArticle(article, { back } = {}) {
      if (!article) return show(closeButton(), h('p', { class: 'error' }, 'This article is not in the graph.'));
      const events = article.events.nodes;
      show(
        closeButton(),
        back ? h('button', { class: 'back', type: 'button', onclick: back.onclick }, `← ${back.label}`) : null,
        h('h2', {}, 'Article'),
        articleLine(article),
        article.title ? inLanguage('div', article.language, article.title, { class: 'article-title' }) : null,
        h('h3', {}, `Events (${events.length})`),
        h(
          'ul',
          { class: 'article-events' },
          events.map((e) =>
            h('li', {}, h('button', { class: 'link', type: 'button', onclick: () => handlers.onEvent(e.id) }, typeInfo(e.type).label, ' · ', dateLabel(e.date)), ' ', e.participants.map((p) => p.actor.name).join(', ')),
          ),
        ),
      );
    },
  };
}
