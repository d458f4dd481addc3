// The header's controls: search, the actor filter (chips plus a name field with suggestions from
// the API), the event types (toggle chips that double as the colour legend) and the date range.
// They only report changes; app.js owns the state.
import { EVENT_TYPES, debounce, h } from './format.js';
import { MAX_ACTORS } from './state.js';

/**
 * @param {HTMLElement} root  the header element holding the controls
 * @param {{
 *   onChange(patch: object): void,
 *   onSearch(text: string): void,
 *   suggestActors(text: string): Promise<{ id: string, name: string, aliases?: string[] }[]>,
 * }} handlers
 */
export function createFilters(root, { onChange, onSearch, suggestActors }) {
  const searchInput = root.querySelector('#search');
  const actorInput = root.querySelector('#actor-input');
  const actorList = root.querySelector('#actor-suggestions');
  const actorChips = root.querySelector('#actor-chips');
  const typeChips = root.querySelector('#type-chips');
  const fromInput = root.querySelector('#from');
  const toInput = root.querySelector('#to');
  let state = null;
  let suggestions = [];

  root.querySelector('#search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    onSearch(searchInput.value.trim());
  });

  // Suggestions: any name or alias, any script; choosing one adds the actor to the filter.
  const suggest = debounce(async (text) => {
    if (text.length < 2) return;
    try {
      suggestions = await suggestActors(text);
    } catch {
      suggestions = [];
    }
    actorList.replaceChildren(...suggestions.map((a) => h('option', { value: a.name }, a.aliases?.slice(0, 3).join(' · ') ?? '')));
  }, 250);
  actorInput.addEventListener('input', () => {
    const chosen = suggestions.find((a) => a.name === actorInput.value);
    if (chosen) {
      actorInput.value = '';
      if (!state.actors.includes(chosen.id)) onChange({ actors: [...state.actors, chosen.id].slice(0, MAX_ACTORS) }, { [chosen.id]: chosen.name });
      return;
    }
    suggest(actorInput.value.trim());
  });

  const onDate = () => {
    let from = fromInput.value;
    let to = toInput.value;
    if (from && to && from > to) [from, to] = [to, from];
    onChange({ from, to });
  };
  fromInput.addEventListener('change', onDate);
  toInput.addEventListener('change', onDate);
  root.querySelector('#clear-dates').addEventListener('click', () => onChange({ from: '', to: '' }));

  return {
    /** Shows `next` in the controls; `names` maps actor ids to display names. */
    render(next, names) {
      state = next;
      if (document.activeElement !== searchInput) searchInput.value = next.q;
      fromInput.value = next.from;
      toInput.value = next.to;
      actorChips.replaceChildren(
        ...next.actors.map((id) =>
          h(
            'span',
            { class: 'chip actor-chip', dataset: { actor: id } },
            names.get(id) ?? id,
            h('button', { type: 'button', title: 'Remove from the filter', 'aria-label': `Remove ${names.get(id) ?? id}`, onclick: () => onChange({ actors: next.actors.filter((a) => a !== id) }) }, '×'),
          ),
        ),
      );
      const active = new Set(next.types ?? EVENT_TYPES.map((t) => t.type));
      typeChips.replaceChildren(
        ...EVENT_TYPES.map((t) =>
          h(
            'button',
            {
              type: 'button',
              class: 'chip type-chip',
              'aria-pressed': String(active.has(t.type)),
              style: `--type-color:${t.color};--type-text:${t.text}`,
              title: `Show or hide ${t.label.toLowerCase()} events (Alt-click: only these)`,
              dataset: { type: t.type },
              onclick: (e) => {
                if (e.altKey) return onChange({ types: [t.type] });
                const set = new Set(active);
                if (set.has(t.type)) set.delete(t.type);
                else set.add(t.type);
                onChange({ types: set.size === EVENT_TYPES.length ? null : EVENT_TYPES.map((x) => x.type).filter((x) => set.has(x)) });
              },
            },
            t.label,
          ),
        ),
        h('button', { type: 'button', class: 'chip plain', title: 'Show every type', onclick: () => onChange({ types: null }) }, 'all'),
      );
    },
  };
}
