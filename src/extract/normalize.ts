// Normalization of Persian, Arabic and Latin text for matching, keeping a map back to the
// original offsets. Every consumer matches on `NormalizedText.text` and reports offsets
// through `toOriginalSpan`, so evidence always points into the text exactly as given.
//
// EXAMPLE: "رئيس‌جمهور ١٤٠٤" → "رئیس جمهور 1404"
//   ي/ى → ی, ك → ک, ة → ه, أ/إ/آ/ٱ → ا, ؤ → و, Arabic-Indic and Persian digits → ASCII,
//   ZWNJ and every kind of space → " ", diacritics, tatweel, bidi marks, ZWJ and BOM dropped.
// Glued words whose ZWNJ was lost (رئیسجمهور) are left as they are: the lexicon indexes
// both the spaced and the glued form of each multi-word entry.

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /** `offsets[i]` is the index in the original of normalized char `i`; `offsets[text.length]` is the original length. */
  offsets: Int32Array;
}

const MAP = new Map<number, string>([
  [0x064a, 'ی'], // ARABIC LETTER YEH
  [0x0649, 'ی'], // ARABIC LETTER ALEF MAKSURA
  [0x06d2, 'ی'], // YEH BARREE
  [0x0643, 'ک'], // ARABIC LETTER KAF
  [0x0629, 'ه'], // TEH MARBUTA
  [0x06c0, 'ه'], // HEH WITH YEH ABOVE
  [0x0623, 'ا'], // ALEF WITH HAMZA ABOVE
  [0x0625, 'ا'], // ALEF WITH HAMZA BELOW
  [0x0622, 'ا'], // ALEF WITH MADDA ABOVE
  [0x0671, 'ا'], // ALEF WASLA
  [0x0624, 'و'], // WAW WITH HAMZA ABOVE
  [0x200c, ' '], // ZERO WIDTH NON-JOINER
  [0x00a0, ' '], // NO-BREAK SPACE
  [0x202f, ' '], // NARROW NO-BREAK SPACE
  [0x2009, ' '],
  [0x200a, ' '],
  [0x2002, ' '],
  [0x2003, ' '],
  [0x3000, ' '],
  [0x0009, ' '],
  [0x066b, '.'], // ARABIC DECIMAL SEPARATOR
  [0x060c, '،'], // keep Arabic comma as is (listed for clarity)
]);

function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // harakat, tanwin, shadda, sukun
    c === 0x0670 || // superscript alef
    c === 0x0640 || // tatweel
    c === 0x200d || // ZWJ
    c === 0x200b || // zero width space
    c === 0xfeff || // BOM
    c === 0x200e ||
    c === 0x200f || // LRM, RLM
    c === 0x061c || // ARABIC LETTER MARK
    (c >= 0x202a && c <= 0x202e) || // embeddings and overrides
    (c >= 0x2066 && c <= 0x2069) // isolates
  );
}

/** Normalizes `input` for matching; linear in its length. */
export function normalize(input: string): NormalizedText {
  if (typeof input !== 'string') throw new TypeError(`Expected text to be a string, got ${typeof input}`);
  let out = '';
  const offsets = new Int32Array(input.length + 1);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isDropped(c)) continue;
    let ch: string;
    if (c >= 0x06f0 && c <= 0x06f9) ch = String.fromCharCode(0x30 + c - 0x06f0);
    else if (c >= 0x0660 && c <= 0x0669) ch = String.fromCharCode(0x30 + c - 0x0660);
    else ch = MAP.get(c) ?? input[i]!;
    out += ch;
    offsets[n++] = i;
  }
  offsets[n] = input.length;
  return { text: out, offsets: offsets.subarray(0, n + 1) };
}

/** Maps a half-open span of the normalized text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, original: string, start: number, end: number): { text: string; start: number; end: number } {
  if (start < 0 || end < start || end > norm.text.length) {
    throw new RangeError(`Expected 0 <= start <= end <= ${norm.text.length}, got start=${start} end=${end}`);
  }
  const s = norm.offsets[start]!;
  const e = end > start ? norm.offsets[end - 1]! + 1 : s;
  return { text: original.slice(s, e), start: s, end: e };
}

/** Normalizes a lexicon entry or pattern the same way as text, without offsets. */
export function normalizeForm(form: string): string {
  return normalize(form).text.replace(/\s+/g, ' ').trim();
}
