// A person named right after a title but missing from the lexicon ("Foreign Minister Jane Doe",
// "وزير الخارجية التونسي نبيل عمار"). English: the run of capitalized words. Persian and Arabic have
// no capitals, so the rules are narrower: two words (three with a particle such as بن / ابو / عبد),
// none of them a common word, the first without the article ال.
//
// EXAMPLE (en): "Foreign Minister Jane Doe said" → "Jane Doe"
// EXAMPLE (ar): "وزير الخارجية التونسي نبيل عمار يوم" → "نبيل عمار" (stops at the stopword يوم)
import type { Language } from '../types.ts';
import type { WordSets } from './build.ts';
import { SPACE } from './fold.ts';

export interface NameSpan {
  start: number;
  end: number;
}

const EN_WORD = /[ \t\u00a0\u200c]*([\p{L}][\p{L}\p{M}'’.]*(?:-[\p{L}][\p{L}\p{M}'’.]*)*)/uy;
const ARABIC_WORD = /[ \t\u00a0\u200c]*([\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+)/y;
const UPPER_FIRST = /^\p{Lu}/u;
const MAX_EN_WORDS = 4;

function foldWord(w: string, fold: Uint16Array): string {
  let out = '';
  for (let i = 0; i < w.length; i++) out += String.fromCharCode(fold[w.charCodeAt(i)]!);
  return out;
}

function isArabicStop(w: string, words: WordSets, language: Language): boolean {
  if (words.stopwords.has(w)) return true;
  if (language === 'ar' && w.length > 2 && 'وفبلک'.includes(w[0]!) && words.stopwords.has(w.slice(1))) return true;
  return false;
}

/** Skips spaces and honorifics from `pos`; returns where the name may start. */
function skipHonorifics(text: string, pos: number, words: WordSets, fold: Uint16Array, word: Uint8Array): number {
  for (;;) {
    let i = pos;
    while (i < text.length && fold[text.charCodeAt(i)] === SPACE) i++;
    let j = i;
    while (j < text.length && (word[text.charCodeAt(j)] === 1 || text[j] === '.')) j++;
    if (j === i) return pos;
    const w = foldWord(text.slice(i, j), fold).replace(/\.$/, '');
    if (!words.honorifics.has(w)) return pos;
    pos = j;
  }
}

/** The name right after `pos` (spaces and honorifics skipped), ending before `limit`; null when none. */
export function unknownNameAfter(
  text: string,
  pos: number,
  limit: number,
  language: Language,
  words: WordSets,
  fold: Uint16Array,
  word: Uint8Array,
): NameSpan | null {
  const from = skipHonorifics(text, pos, words, fold, word);
  return language === 'en' ? englishName(text, from, limit, words, fold) : arabicScriptName(text, from, limit, language, words, fold);
}

function englishName(text: string, from: number, limit: number, words: WordSets, fold: Uint16Array): NameSpan | null {
  let i = from;
  let start = -1;
  let end = -1;
  let count = 0;
  while (count < MAX_EN_WORDS) {
    EN_WORD.lastIndex = i;
    const m = EN_WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const w = m[1]!.replace(/['’]s$/, '').replace(/\.$/, (dot) => (m[1]!.length <= 2 ? dot : ''));
    const folded = foldWord(w, fold).replace(/ /g, '-');
    const wStart = m.index + m[0].length - m[1]!.length;
    if (UPPER_FIRST.test(w)) {
      if (count === 0 && words.stopwords.has(folded)) return null;
      if (start < 0) start = wStart;
      end = wStart + w.length;
    } else if (!(start >= 0 && words.particles.has(folded.split('-')[0]!))) {
      break;
    }
    count++;
    if (w.length < m[1]!.length) break; // "Doe's", "Doe." end the name
    i = m.index + m[0].length;
  }
  return start >= 0 ? { start, end } : null;
}

function arabicScriptName(text: string, from: number, limit: number, language: Language, words: WordSets, fold: Uint16Array): NameSpan | null {
  const found: Array<{ w: string; start: number; end: number }> = [];
  let i = from;
  while (found.length < 3) {
    ARABIC_WORD.lastIndex = i;
    const m = ARABIC_WORD.exec(text);
    if (!m || m.index + m[0].length > limit) break;
    const end = m.index + m[0].length;
    // The word must end the way words end, not in the middle of a Latin or digit run.
    if (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) break;
    found.push({ w: foldWord(m[1]!, fold), start: end - m[1]!.length, end });
    i = end;
  }
  if (found.length < 2) return null;
  const [a, b, c] = found as [(typeof found)[0], (typeof found)[0], (typeof found)[0] | undefined];
  const article = 'ال';
  if (isArabicStop(a.w, words, language) || a.w.startsWith(article) || a.w.length < 2) return null;
  if (isArabicStop(b.w, words, language) || b.w.length < 2) return null;
  let last = b;
  const particleFirst = words.particles.has(a.w);
  if (c && (words.particles.has(b.w) || particleFirst) && !isArabicStop(c.w, words, language) && c.w.length >= 2) last = c;
  else if (words.particles.has(b.w)) return null; // "احمد بن" with nothing after the particle
  return { start: a.start, end: last.end };
}
