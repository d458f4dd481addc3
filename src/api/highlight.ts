// Highlights for search hits. Neo4j's full-text indexes say which documents match, not where, so
// the words of the query are found again in the text: after the same normalization as extraction
// (Arabic/Persian letter variants, digits, ZWNJ, diacritics) and lower-casing, at word starts, with
// a light stem fallback for inflected forms (the analyzers stem; "meetings" finds "meeting").
import { normalize } from '../extract/normalize.ts';

export interface Highlighted {
  /** The passage shown. */
  snippet: string;
  /** Offsets of the snippet in the text. */
  start: number;
  end: number;
  /** Offsets of the matched words in the snippet. */
  highlights: { start: number; end: number }[];
}

/** Characters of context on each side of the first match. @default 90 */
export const SNIPPET_CONTEXT = 90;
/** Most highlight ranges per hit. @default 20 */
export const MAX_HIGHLIGHTS = 20;

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Arabic prefixes written attached to the word (article, conjunctions, prepositions), after normalization. */
const CLITICS = new Set(['ال', 'وال', 'بال', 'فال', 'کال', 'لل', 'و', 'ب', 'ل', 'ف']);

function lowerSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * Forms to look for, most specific first.
 * EXAMPLE: "meetings" → ["meetings", "meeting", "meetin", "meeti"]; "والمحادثات" → […, "محادثات"]
 */
function formsOf(term: string): string[] {
  const forms = [term];
  for (const prefix of ['وال', 'بال', 'لل', 'ال', 'و']) {
    if (term.startsWith(prefix) && term.length - prefix.length >= 3) forms.push(term.slice(prefix.length));
  }
  for (const base of [...forms]) {
    for (let cut = 1; cut <= 3 && base.length - cut >= 4; cut++) forms.push(base.slice(0, base.length - cut));
  }
  return [...new Set(forms)];
}

/** Word ranges [start, end) of `text` matching the words of `query`, in text order; `term` is the query word's index. */
export function findTerms(text: string, query: string): { start: number; end: number; term: number }[] {
  const norm = normalize(text);
  const hay = lowerSameLength(norm.text);
  const terms = [...new Set(query.split(/[^\p{L}\p{N}\p{M}]+/u).map((t) => lowerSameLength(normalize(t).text)).filter((t) => t.length >= 2))];
  const ranges: { start: number; end: number; term: number }[] = [];
  for (const [t, term] of terms.entries()) {
    for (const form of formsOf(term)) {
      let found = false;
      for (let i = hay.indexOf(form); i !== -1; i = hay.indexOf(form, i + 1)) {
        let start = i;
        while (start > 0 && WORD.test(hay[start - 1]!)) start--;
        // At a word start, or after an Arabic clitic: "الکرملین" holds "کرملین".
        if (start < i && !CLITICS.has(hay.slice(start, i))) continue;
        let end = i + form.length;
        while (end < hay.length && WORD.test(hay[end]!)) end++;
        ranges.push({ start: norm.offsets[start]!, end: norm.offsets[end - 1]! + 1, term: t });
        found = true;
      }
      if (found) break;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; term: number }[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * The passage to show for a hit. `whole`: the text is already a passage (an evidence quote) and is
 * shown entirely; otherwise the window holding the most query words, cut at spaces.
 */
export function highlight(text: string, query: string, opts: { whole?: boolean; context?: number } = {}): Highlighted {
  const ranges = findTerms(text, query);
  let start = 0;
  let end = text.length;
  if (!opts.whole) {
    const context = opts.context ?? SNIPPET_CONTEXT;
    // The window of 2·context characters that holds the most different query words, from its first match.
    let first = ranges[0] ?? { start: 0, end: 0, term: 0 };
    let best = 0;
    for (const r of ranges) {
      const words = new Set(ranges.filter((x) => x.start >= r.start && x.end <= r.start + 2 * context).map((x) => x.term)).size;
      if (words > best) {
        best = words;
        first = r;
      }
    }
    start = Math.max(0, first.start - Math.floor(context / 2));
    end = Math.min(text.length, Math.max(first.end, start + 2 * context));
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < first.start) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > first.end) end = space;
    }
  }
  const highlights = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .slice(0, MAX_HIGHLIGHTS)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  return { snippet: text.slice(start, end), start, end, highlights };
}
