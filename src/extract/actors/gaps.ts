// Reading the few words between two lexicon tokens (or around one), folded the way forms are, so
// the title grammar can ask "is this gap only connectors?" without a regular expression per rule.
//
// EXAMPLE: gapWords("وزیر دفاع دولت موقت سوریه", 9, 21) → { words: ["دولت", "موقت"], punct: "" }
import { NEWLINE, SPACE } from './fold.ts';

export interface Gap {
  words: string[];
  /** Punctuation met in the gap, in order ("," "،" "(" …). */
  punct: string;
}

const APOSTROPHE = 0x27;
/** Gaps longer than this are never "adjacent". */
const MAX_GAP = 80;

/** The folded words and punctuation of `text[from, to)`; null when the gap crosses a line or is long. */
export function gapWords(text: string, from: number, to: number, fold: Uint16Array, word: Uint8Array): Gap | null {
  if (to < from) return null;
  if (to - from > MAX_GAP) return null;
  const words: string[] = [];
  let punct = '';
  let cur = '';
  for (let i = from; i < to; i++) {
    const raw = text.charCodeAt(i);
    const c = fold[raw]!;
    if (c === NEWLINE) return null;
    if (c === SPACE) {
      if (cur !== '') words.push(cur);
      cur = '';
    } else if (word[raw] === 1 || c === APOSTROPHE) {
      cur += String.fromCharCode(c);
    } else {
      if (cur !== '') words.push(cur);
      cur = '';
      punct += text[i];
    }
  }
  if (cur !== '') words.push(cur);
  return { words, punct };
}

/** Up to `max` words before `pos` (nearest first), stopping at punctuation or a line break. */
export function wordsBefore(text: string, pos: number, max: number, fold: Uint16Array, word: Uint8Array): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  let i = pos - 1;
  while (out.length < max && i >= 0) {
    while (i >= 0 && fold[text.charCodeAt(i)] === SPACE) i--;
    if (i < 0) break;
    const raw = text.charCodeAt(i);
    if (word[raw] !== 1 && fold[raw] !== APOSTROPHE) break;
    const end = i + 1;
    while (i >= 0 && (word[text.charCodeAt(i)] === 1 || fold[text.charCodeAt(i)] === APOSTROPHE)) i--;
    let w = '';
    for (let k = i + 1; k < end; k++) w += String.fromCharCode(fold[text.charCodeAt(k)]!);
    out.push({ word: w, start: i + 1 });
  }
  return out;
}

/** Up to `max` words after `pos`, stopping at punctuation or a line break. */
export function wordsAfter(text: string, pos: number, max: number, fold: Uint16Array, word: Uint8Array): Array<{ word: string; end: number }> {
  const out: Array<{ word: string; end: number }> = [];
  let i = pos;
  const n = text.length;
  while (out.length < max && i < n) {
    while (i < n && fold[text.charCodeAt(i)] === SPACE) i++;
    if (i >= n) break;
    const raw = text.charCodeAt(i);
    if (word[raw] !== 1 && fold[raw] !== APOSTROPHE) break;
    let w = '';
    while (i < n && (word[text.charCodeAt(i)] === 1 || fold[text.charCodeAt(i)] === APOSTROPHE)) {
      w += String.fromCharCode(fold[text.charCodeAt(i)]!);
      i++;
    }
    out.push({ word: w, end: i });
  }
  return out;
}
