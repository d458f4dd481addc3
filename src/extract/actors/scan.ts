// The one pass over the text: at each word start, the trie is walked (and, in Arabic, walked again
// past a glued clitic: و ف ب ل ک and their pairs, and لل for ل + ال); the longest match whose
// payloads pass the case and language checks wins, and the scan jumps to its end.
//
// EXAMPLE (ar): "وبوتين" → بوتين (prefix و); "بالشرع" → الشرع (prefix ب); "للشرع" → لشرع read as ل + الشرع
// EXAMPLE (en): "US" matches the form "US", "us" does not; "al-Sharaa" matches "Al Sharaa".
import type { Language } from '../types.ts';
import { LANG_BIT, type ActorIndex, type Payload } from './build.ts';
import { SPACE } from './fold.ts';

export interface Token {
  /** Start of the matched form (after any clitic prefix). */
  start: number;
  end: number;
  /** Start of the word, including a clitic prefix ("و" of "وبوتين"). */
  outerStart: number;
  payloads: Payload[];
}

const ALEF = 'ا'.charCodeAt(0);
const LAM = 'ل'.charCodeAt(0);
/** Arabic clitics that glue to a name or title, longest first. */
const AR_PREFIXES = ['وب', 'ول', 'فب', 'فل', 'وک', 'و', 'ف', 'ب', 'ل', 'ک'].map((p) => [...p].map((c) => c.charCodeAt(0)));
const CLITIC_FIRST = new Set(AR_PREFIXES.map((p) => p[0]!));
/** A form must keep this many characters after a clitic, so "ب" + two letters never matches. */
const MIN_AFTER_PREFIX = 3;

/** Whether the text's capitals agree with the form's (each capital of the form is a capital in the text). */
function caseAgrees(text: string, start: number, end: number, form: string, fold: Uint16Array): boolean {
  let k = 0;
  let prevSpace = false;
  for (let i = start; i < end && k < form.length; i++) {
    const t = text[i]!;
    const folded = fold[t.charCodeAt(0)]!;
    if (folded === SPACE) {
      if (!prevSpace) k++;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    const f = form[k]!;
    if (f !== f.toLowerCase() && t === t.toLowerCase() && t !== t.toUpperCase()) return false;
    k++;
  }
  return true;
}

/**
 * Payloads that fit the text: capitals where the form has them, and the form listed for the text's
 * language. Forms of another language count only for English forms (Latin names in any text) and
 * for people (a Persian article may spell an Arab name the Arabic way) — never for Arabic-script
 * vocabulary of the other language ("العربیه" is the channel in Persian, "Arabic" in Arabic).
 */
function choosePayloads(list: readonly Payload[], text: string, start: number, end: number, bit: number, fold: Uint16Array): Payload[] {
  const ok = list.filter((p) => p.caseForm === null || caseAgrees(text, start, end, p.caseForm, fold));
  if (ok.length === 0) return ok;
  const inLanguage = ok.filter((p) => (p.langs & bit) !== 0);
  if (inLanguage.length > 0) return inLanguage;
  return ok.filter((p) => (p.langs & LANG_BIT.en) !== 0 || (p.ref.t === 'ACTOR' && p.ref.kind === 'PERSON'));
}

/** Persian suffixes written apart (the ZWNJ became a space): "سوریه‌ای", "پوتین‌ها" are not "سوریه", "پوتین". */
const FA_SUFFIXES = new Set(['ها', 'های', 'هایی', 'ای', 'ایی']);
const MAX_SUFFIX = 4;

function persianSuffixFollows(text: string, end: number, fold: Uint16Array, word: Uint8Array): boolean {
  const n = text.length;
  if (end >= n || fold[text.charCodeAt(end)] !== SPACE) return false;
  let j = end;
  while (j < n && fold[text.charCodeAt(j)] === SPACE) j++;
  let w = '';
  while (j < n && word[text.charCodeAt(j)] === 1) {
    if (w.length === MAX_SUFFIX) return false;
    w += String.fromCharCode(fold[text.charCodeAt(j)]!);
    j++;
  }
  return FA_SUFFIXES.has(w);
}

/** Longest acceptable match from one start (node, position); null when none. */
function longestFrom(
  idx: ActorIndex,
  text: string,
  node: number,
  pos: number,
  start: number,
  bit: number,
  minLength: number,
  ends: number[],
): { end: number; payloads: Payload[] } | null {
  ends.length = 0;
  idx.trie.walk(text, pos, node, idx.fold, idx.word, ends);
  for (let k = ends.length - 2; k >= 0; k -= 2) {
    const end = ends[k]!;
    if (end - start < minLength) break;
    if (bit === LANG_BIT.fa && persianSuffixFollows(text, end, idx.fold, idx.word)) continue;
    const payloads = choosePayloads(idx.trie.terminal(ends[k + 1]!)!, text, start, end, bit, idx.fold);
    if (payloads.length > 0) return { end, payloads };
  }
  return null;
}

/** All lexicon tokens of the text, left to right, without overlaps (leftmost, then longest). */
export function scanTokens(idx: ActorIndex, text: string, language: Language): Token[] {
  const { fold, word, trie } = idx;
  const bit = LANG_BIT[language];
  const tokens: Token[] = [];
  const ends: number[] = [];
  const n = text.length;
  const arabic = language === 'ar';
  let i = 0;
  while (i < n) {
    // To the next word start, then try it, then (no match) past the rest of the word.
    while (i < n && word[text.charCodeAt(i)] !== 1) i++;
    if (i >= n) break;
    const code = fold[text.charCodeAt(i)]!;
    let best = longestFrom(idx, text, 0, i, i, bit, 1, ends);
    let bestStart = i;
    if (arabic && CLITIC_FIRST.has(code)) {
      for (const prefix of AR_PREFIXES) {
        let ok = i + prefix.length < n;
        for (let k = 0; ok && k < prefix.length; k++) ok = fold[text.charCodeAt(i + k)] === prefix[k];
        if (!ok) continue;
        const s = i + prefix.length;
        const m = longestFrom(idx, text, 0, s, s, bit, MIN_AFTER_PREFIX, ends);
        if (m && (!best || m.end > best.end)) {
          best = m;
          bestStart = s;
        }
      }
      // "للشرع": ل + الشرع with the alef of the article dropped.
      if (code === LAM && i + 1 < n && fold[text.charCodeAt(i + 1)] === LAM) {
        const alef = trie.child(0, ALEF);
        if (alef !== undefined) {
          const m = longestFrom(idx, text, alef, i + 1, i + 1, bit, MIN_AFTER_PREFIX - 1, ends);
          if (m && (!best || m.end > best.end)) {
            best = m;
            bestStart = i + 1;
          }
        }
      }
    }
    if (best) {
      tokens.push({ start: bestStart, end: best.end, outerStart: i, payloads: best.payloads });
      i = best.end;
    } else {
      while (i < n && word[text.charCodeAt(i)] === 1) i++;
    }
  }
  return tokens;
}
