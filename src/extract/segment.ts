// Sentences of the kept blocks, with Intl.Segmenter (ICU sentence breaks) and two repairs:
//  - English abbreviations ("Mr.", "U.S.", "Jan. 5") do not end a sentence;
//  - a sentence end glued to the next word ("دیدار کرد.الشیبانی") is a break (ICU already
//    breaks there; the rule is kept in case it does not), and "؛" ends a clause, not a sentence.
// Offsets are into the text given (the normalized text, for the pipeline). Each sentence is
// trimmed of surrounding spaces and never crosses a block (a line of the page).
// EXAMPLE: "Mr. Putin met U.S. envoys. They talked." → ["Mr. Putin met U.S. envoys.", "They talked."]
import type { Language } from './types.ts';

export interface TextRange {
  start: number;
  end: number;
}

export interface Sentence extends TextRange {
  /** Index of the block (kept line) it lies in. */
  block: number;
}

/** Abbreviations after which a period does not end an English sentence. */
const EN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'sen', 'rep', 'gov',
  'pres', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'corp', 'co', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: Language | 'und'): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language === 'und' ? 'en' : language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

const GLUED_END = /[.!?؟](?=[\u0600-\u06ff])/gu;

/** Splits each block of `text` into sentences; linear in the text's length. */
export function segmentSentences(text: string, blocks: readonly TextRange[], language: Language | 'und'): Sentence[] {
  const out: Sentence[] = [];
  const segmenter = segmenterFor(language);
  blocks.forEach((block, b) => {
    const slice = text.slice(block.start, block.end);
    const pieces: TextRange[] = [];
    for (const seg of segmenter.segment(slice)) {
      const s = block.start + seg.index;
      splitGlued(text, s, s + seg.segment.length, pieces);
    }
    const merged = language === 'en' || language === 'und' ? mergeAbbreviations(text, pieces) : pieces;
    for (const p of merged) {
      const t = trim(text, p.start, p.end);
      if (t.end > t.start) out.push({ start: t.start, end: t.end, block: b });
    }
  });
  return out;
}

function splitGlued(text: string, start: number, end: number, into: TextRange[]): void {
  const slice = text.slice(start, end);
  let from = 0;
  GLUED_END.lastIndex = 0;
  for (let m = GLUED_END.exec(slice); m !== null; m = GLUED_END.exec(slice)) {
    // Not inside a number or an abbreviation written in Latin letters.
    into.push({ start: start + from, end: start + m.index + 1 });
    from = m.index + 1;
  }
  into.push({ start: start + from, end });
}

function mergeAbbreviations(text: string, pieces: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && endsWithAbbreviation(text, prev) && !startsNewSentence(text, p)) prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

function endsWithAbbreviation(text: string, r: TextRange): boolean {
  const t = text.slice(Math.max(r.start, r.end - 12), r.end).trimEnd();
  if (!t.endsWith('.')) return false;
  const m = /([A-Za-z.]+)\.$/.exec(t);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  // Single capitals ("George W. Bush") and listed abbreviations.
  return EN_ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

/** After "U.S." a capitalized common sentence opener still starts a sentence. */
function startsNewSentence(text: string, r: TextRange): boolean {
  const t = text.slice(r.start, Math.min(r.end, r.start + 12)).trimStart();
  return /^(The|He|She|It|They|We|I|In|On|A|An|But|And|This|That)\b/.test(t);
}

function trim(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
