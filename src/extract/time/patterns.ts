// Pattern building blocks shared by every locale. Dictionaries are written in their usual
// spelling in `locales/*/constants.ts` and normalized here with `normalizeForm`, because the
// text the parsers see is normalized (أ→ا, ي→ی, ة→ه, ZWNJ→space, ASCII digits).
//
// Multi-word keys match with any run of spaces between words, and in Persian and Arabic with
// none at all, since a lost ZWNJ glues them: "سه شنبه" matches "سه شنبه", "سه  شنبه", "سهشنبه".
// Every quantifier in these fragments is bounded or applies to a single character class, and
// no group repeats a group, so matching stays linear in the text's length.
import { normalizeForm } from '../normalize.ts';

/** Spaces between two parts of a pattern, never a line break (a date does not cross lines): a bounded run, so nothing can backtrack far. */
export const SP = '[^\\S\\r\\n]{1,3}';
export const OPT_SP = '[^\\S\\r\\n]{0,3}';

/**
 * Letters and digits: what a word boundary is made of. An explicit class of the scripts the news
 * is written in (Latin, Greek, Cyrillic, Arabic letters and digits with their supplements and
 * presentation forms), not `\p{L}\p{N}`: Unicode property classes make every pattern 3–6× slower
 * in V8. Arabic punctuation (، ؛ ؟ ٪ ٫ ۔) and tatweel are not letters.
 */
const WORD_RANGES =
  '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF' +
  '\\u0620-\\u063F\\u0641-\\u064A\\u0660-\\u0669\\u066E-\\u06D3\\u06D5\\u06EE-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF' +
  '\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
export const WORD_CHAR = `[${WORD_RANGES}]`;
const NON_WORD_CHAR = `[^${WORD_RANGES}]`;
/** Left word boundary. */
export const LEFT_BOUNDARY = `(?<!${WORD_CHAR})`;
/** Left word boundary that also lets a match start after the Arabic conjunction و glued in front ("وامس"). */
export const LEFT_BOUNDARY_AR = `(?<=^|${NON_WORD_CHAR}|(?<!${WORD_CHAR})و)`;
export const RIGHT_BOUNDARY = `(?!${WORD_CHAR})`;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Lookup key of a matched (already normalized) text: lower case, without spaces and dots. */
export function compactKey(s: string): string {
  return s.toLowerCase().replace(/[\s.]+/g, '');
}

export interface DictionaryOptions {
  /** Words of a multi-word key may be glued (Persian, Arabic). @default true */
  glue?: boolean;
  /** Latin letters match in either case ("Last week", "last week"). @default false */
  caseless?: boolean;
}

/** "in" → "[iI][nN]": case-insensitive for one fragment only (month names stay case-sensitive). */
function caselessLatin(escaped: string): string {
  return escaped.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/**
 * A dictionary normalized for matching: `pattern` is an alternation of its keys, longest first
 * (so "سه شنبه" is tried before "شنبه"), and `get` finds the value of a matched text.
 * EXAMPLE: createDictionary({ 'أكتوبر': 10 }).get('اکتوبر') === 10
 */
export interface Dictionary<V> {
  readonly pattern: string;
  get(matched: string): V | undefined;
  readonly keys: readonly string[];
}

export function createDictionary<V>(entries: Readonly<Record<string, V>>, options: DictionaryOptions = {}): Dictionary<V> {
  if (Object.keys(entries).length === 0) return { pattern: '(?!)', get: () => undefined, keys: [] };
  const glue = options.glue ?? true;
  const byKey = new Map<string, V>();
  const forms = new Set<string>();
  for (const [form, value] of Object.entries(entries)) {
    const norm = normalizeForm(form);
    if (norm === '') continue;
    const key = compactKey(norm);
    const previous = byKey.get(key);
    if (previous !== undefined && JSON.stringify(previous) !== JSON.stringify(value)) {
      throw new TypeError(`Expected one value for the form ${JSON.stringify(form)}, got two`);
    }
    byKey.set(key, value);
    forms.add(norm);
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternatives = sorted.map((f) =>
    f
      .split(' ')
      .map((w) => (options.caseless ? caselessLatin(escapeRegExp(w)) : escapeRegExp(w)))
      // A space in a normalized form stands for a short run of spaces in the text (or none, glued).
      .join(glue ? OPT_SP : SP),
  );
  const pattern = `(?:${alternatives.join('|')})`;
  return { pattern, get: (matched) => byKey.get(compactKey(matched)), keys: sorted };
}

/** A set of words as a dictionary whose values are `true`. */
export function createWordSet(words: readonly string[], options: DictionaryOptions = {}): Dictionary<true> {
  return createDictionary(Object.fromEntries(words.map((w) => [w, true] as const)), options);
}

/**
 * An alternation of normalized words for lookarounds (`notBefore`, `notAfter`): written in their
 * usual spelling, matched in normalized text. EXAMPLE: wordsPattern(['صلاة']) matches "صلاه".
 */
export function wordsPattern(words: readonly string[], options: DictionaryOptions = {}): string {
  return createWordSet(words, options).pattern;
}
