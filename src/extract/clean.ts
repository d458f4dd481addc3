// The article body inside a scraped page. Returns the kept line ranges of the ORIGINAL text
// (offsets preserved), so nothing from menus, "latest news" lists, comments or footers can
// reach event detection.
//
// The page is read line by line; each line gets a few features (words, sentence punctuation,
// whether it is a known section header, a footer, a byline, a truncated teaser). Then, in order:
//  1. The body starts at the first prose line (>= 12 words with sentence punctuation, or >= 20
//     words). Up to three title-like lines right above it (headline, kicker, lead) are kept;
//     whatever is above them is page chrome.
//  2. The body ends at the first tail-section header ("اخبار مرتبط", "مقالات ذات صلة",
//     "Related", "نظرات شما"…), footer line, or run of four short title-like lines (a list of
//     other stories) after it.
//  3. Inside the body, bylines, share buttons, "read also" links, truncated teasers and lines
//     repeating an earlier line (a headline printed twice) are dropped.
// EXAMPLE: "Connect with us\nاخر الاخبار\nHeadline\nLong lead paragraph…\nمقالات ذات صلة\nTeaser…"
//   → keeps "Headline" (TITLE) and the lead (BODY).
import { BYLINE_OPENERS, DROP_LINE_HEADERS, FOOTER_MARKERS, TAIL_SECTION_HEADERS } from './common/boilerplate-vocabulary.ts';
import { normalizeForm } from './normalize.ts';

/** A kept line: TITLE lines (headlines, subheadings) are short and carry no sentence punctuation. */
export interface CleanBlock {
  start: number;
  end: number;
  kind: 'TITLE' | 'BODY';
}

export interface CleanResult {
  /** Kept lines in text order, as ranges of the original text (trimmed of surrounding spaces). */
  blocks: CleanBlock[];
  /** Where the article body was found: the first and past-the-last kept offsets (0, 0 when nothing was kept). */
  bodyStart: number;
  bodyEnd: number;
}

/** A prose line has at least this many words and sentence punctuation (12 ≈ one short news sentence). */
const PROSE_MIN_WORDS = 12;
/** ...or at least this many words without punctuation (scraped text sometimes loses it). */
const PROSE_MIN_WORDS_UNPUNCTUATED = 20;
/** A title-like line has at least this many words (menus are one or two). */
const TITLE_MIN_WORDS = 3;
/** Title-like lines kept above the first prose line (headline, kicker, lead title). */
const TITLES_ABOVE_BODY = 3;
/** This many short lines in a row after the body started are a list of other stories. */
const LIST_RUN = 4;
/** Lines up to this many words get a punctuation-free key (headers, headlines). */
const KEYED_WORDS = 16;
/** A section header is short: longer lines that start with "related" are prose. */
const HEADER_MAX_WORDS = 6;

interface Line {
  start: number;
  end: number;
  text: string;
  /** Normalized and lower case. */
  low: string;
  /** `low` without punctuation, digits or spaces: the comparison key. */
  key: string;
  words: number;
  punctuated: boolean;
}

const KEY_STRIP = /[\s\p{P}\p{S}\p{N}\u200c]+/gu;
const keyOfLow = (low: string): string => low.replace(KEY_STRIP, '');
const keyOf = (s: string): string => keyOfLow(normalizeForm(s).toLowerCase());

const TAIL_KEYS = new Set(TAIL_SECTION_HEADERS.map(keyOf));
const DROP_KEYS = new Set(DROP_LINE_HEADERS.map(keyOf));
const FOOTER_FORMS = FOOTER_MARKERS.map((f) => normalizeForm(f).toLowerCase());
const BYLINE_FORMS = BYLINE_OPENERS.map((f) => normalizeForm(f).toLowerCase());
const TAIL_PREFIX_KEYS = [...TAIL_KEYS].filter((k) => k.length >= 5);

/**
 * A line ending like a sentence: . ! ? ؟ … (a closing quote or bracket may follow). Headlines
 * rarely end so, even when they quote someone ("عراقچی: مذاکرات ادامه دارد").
 */
const SENTENCE_PUNCT = /[.!?؟…:؛;]["»”')]?\s*$/u;
const WORD = /[\p{L}\p{N}]+/gu;
/** Trimmed from both ends of a line: spaces and invisible format marks (RLM, ZWNJ, BOM). */
const EDGE = /[\s\p{Cf}]/u;
const TRUNCATED = /(?:\.\.\.|…)\s*$/u;

function countWords(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && EDGE.test(text[start]!)) start++;
    while (end > start && EDGE.test(text[end - 1]!)) end--;
    if (end === start) continue;
    const t = text.slice(start, end);
    const words = countWords(t);
    if (words === 0) continue;
    const low = normalizeForm(t).toLowerCase();
    // Keys serve header look-ups (short lines) and duplicate detection; long lines compare as they are.
    const key = words <= KEYED_WORDS ? keyOfLow(low) : low;
    lines.push({ start, end, text: t, low, key, words, punctuated: SENTENCE_PUNCT.test(t) });
  }
  return lines;
}

const isProse = (l: Line): boolean =>
  (l.words >= PROSE_MIN_WORDS && l.punctuated) || l.words >= PROSE_MIN_WORDS_UNPUNCTUATED;

/** "مقالات ذات صلة", "نظرات شما - 10", "Related articles:" — short lines only. */
function isTailHeader(l: Line): boolean {
  if (l.words > HEADER_MAX_WORDS) return false;
  if (TAIL_KEYS.has(l.key)) return true;
  // "مهمترین اخبار بین الملل", "Latest news from the region": a header plus a qualifier.
  return l.words <= 4 && TAIL_PREFIX_KEYS.some((k) => l.key.startsWith(k));
}

function isFooter(l: Line): boolean {
  if (FOOTER_FORMS.some((f) => l.low.includes(f))) return true;
  // "صفحه اصلی | درباره ما | تماس با ما": a row of links.
  const pipes = l.text.split('|').length - 1;
  return pipes >= 2 && l.words <= pipes * 4;
}

function isByline(l: Line): boolean {
  const low = l.low.replace(/^[\s(（[]+/u, '');
  if (!BYLINE_FORMS.some((f) => low.startsWith(f))) return false;
  return /^\s*[(（[]/u.test(l.text) || l.words <= 30;
}

const isDropLine = (l: Line): boolean => l.words <= HEADER_MAX_WORDS && DROP_KEYS.has(l.key);

/** Short and without sentence punctuation: a headline, subheading, menu item or list entry. */
const isShort = (l: Line): boolean => !isProse(l);
/** A short line ending like a sentence ("He invited Aoun to visit Paris.") is prose, not a title. */
const kindOf = (l: Line): CleanBlock['kind'] => (isProse(l) || (l.punctuated && l.words >= TITLE_MIN_WORDS) ? 'BODY' : 'TITLE');

/** Finds the article body in a scraped page; linear in the text's length. */
export function clean(text: string): CleanResult {
  const lines = splitLines(text);
  const firstProse = lines.findIndex((l) => isProse(l) && !isFooter(l) && !isByline(l) && !TRUNCATED.test(l.text));
  if (firstProse < 0) {
    // No prose at all: a headline-only page or a list. Keep title-like lines, none of them a header.
    const blocks = lines
      .filter((l) => l.words >= TITLE_MIN_WORDS && !isTailHeader(l) && !isFooter(l) && !isDropLine(l) && !isByline(l))
      .slice(0, TITLES_ABOVE_BODY)
      .map((l): CleanBlock => ({ start: l.start, end: l.end, kind: kindOf(l) }));
    return finish(dedupe(blocks, lines));
  }

  const kept: CleanBlock[] = [];
  // 1. Title lines right above the first prose line, nearest first, stopping at chrome.
  const titles: Line[] = [];
  for (let i = firstProse - 1; i >= 0 && titles.length < TITLES_ABOVE_BODY; i--) {
    const l = lines[i]!;
    if (isTailHeader(l) || isFooter(l) || isDropLine(l) || isByline(l)) break;
    if (l.words < TITLE_MIN_WORDS) continue;
    titles.unshift(l);
  }
  for (const l of titles) kept.push({ start: l.start, end: l.end, kind: 'TITLE' });

  // 2. The body, up to the first tail header, footer or list of short lines.
  for (let i = firstProse; i < lines.length; i++) {
    const l = lines[i]!;
    if (isTailHeader(l) || isFooter(l)) break;
    if (isShort(l) && startsListRun(lines, i)) break;
    // 3. Lines that are not the article's prose.
    if (isByline(l) || isDropLine(l) || TRUNCATED.test(l.text)) continue;
    if (isShort(l) && l.words < TITLE_MIN_WORDS) continue;
    kept.push({ start: l.start, end: l.end, kind: kindOf(l) });
  }
  return finish(dedupe(kept, lines));
}

/** `LIST_RUN` short lines in a row (empty lines between them do not break the run). */
function startsListRun(lines: Line[], i: number): boolean {
  if (i + LIST_RUN > lines.length) return false;
  for (let k = i; k < i + LIST_RUN; k++) if (!isShort(lines[k]!)) return false;
  return true;
}

/** A line printed twice (the headline above and inside the article) is kept once. */
function dedupe(blocks: CleanBlock[], lines: Line[]): CleanBlock[] {
  const keyAt = new Map(lines.map((l) => [l.start, l.key]));
  const seen = new Set<string>();
  return blocks.filter((b) => {
    const key = keyAt.get(b.start) ?? '';
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function finish(blocks: CleanBlock[]): CleanResult {
  if (blocks.length === 0) return { blocks, bodyStart: 0, bodyEnd: 0 };
  return { blocks, bodyStart: blocks[0]!.start, bodyEnd: blocks[blocks.length - 1]!.end };
}
