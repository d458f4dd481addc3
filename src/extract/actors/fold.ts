// Character folding for lexicon matching: one UTF-16 unit in, one out, so offsets never move.
// Applied on top of `normalize()` (and harmless on raw text): Latin lower-cased without accents,
// Arabic letter variants unified the way normalize() does, every horizontal space, ZWNJ and
// hyphen made a space, curly apostrophes made straight. Newlines stay newlines: no entry spans them.
//
// EXAMPLE: "Çavuşoğlu" → "cavusoglu"; "Al‑Sharaa" → "al sharaa"; "وزير" → "وزیر"
// Tables are built once, lazily (65,536 entries each, about 10 ms).

export const SPACE = 0x20;
export const NEWLINE = 0x0a;

let foldCache: Uint16Array | undefined;
let wordTable: Uint8Array | undefined;

const ARABIC_MAP: ReadonlyArray<readonly [number, string]> = [
  [0x064a, 'ی'],
  [0x0649, 'ی'],
  [0x06d2, 'ی'],
  [0x0643, 'ک'],
  [0x0629, 'ه'],
  [0x06c0, 'ه'],
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0622, 'ا'],
  [0x0671, 'ا'],
  [0x0624, 'و'],
];

const SPACES = [0x09, 0x20, 0xa0, 0x200c, 0x202f, 0x205f, 0x3000, 0x1680, 0x180e];
const HYPHENS = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d];
const APOSTROPHES = [0x2019, 0x2018, 0x02bc, 0x02bb, 0x60, 0xb4];
const LATIN_SPECIAL: ReadonlyArray<readonly [string, string]> = [
  ['ı', 'i'],
  ['ł', 'l'],
  ['Ł', 'l'],
  ['ø', 'o'],
  ['Ø', 'o'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['ħ', 'h'],
];

function buildFold(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  const latinRanges: Array<[number, number]> = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
    [0x370, 0x52f],
  ];
  for (const [from, to] of latinRanges) {
    for (let c = from; c <= to; c++) {
      const s = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      if (s.length === 1) t[c] = s.charCodeAt(0);
    }
  }
  for (const [from, to] of LATIN_SPECIAL) t[from.charCodeAt(0)] = to.charCodeAt(0);
  for (const [c, to] of ARABIC_MAP) t[c] = to.charCodeAt(0);
  for (let c = 0x06f0; c <= 0x06f9; c++) t[c] = 0x30 + c - 0x06f0;
  for (let c = 0x0660; c <= 0x0669; c++) t[c] = 0x30 + c - 0x0660;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = SPACE;
  for (const c of SPACES) t[c] = SPACE;
  for (const c of HYPHENS) t[c] = SPACE;
  for (const c of APOSTROPHES) t[c] = 0x27;
  t[0x0d] = NEWLINE;
  t[0x2028] = NEWLINE;
  t[0x2029] = NEWLINE;
  return t;
}

function buildWord(): Uint8Array {
  const w = new Uint8Array(0x10000);
  // One regular-expression scan over every BMP character (surrogates left out) is far cheaper
  // than 65,536 separate tests.
  const chars = String.fromCharCode(...Array.from({ length: 0xd800 }, (_, i) => i)) +
    String.fromCharCode(...Array.from({ length: 0x10000 - 0xe000 }, (_, i) => i + 0xe000));
  const marked = chars.replace(/[^\p{L}\p{N}\p{M}]/gu, '\0');
  for (let i = 0; i < marked.length; i++) if (marked.charCodeAt(i) !== 0) w[chars.charCodeAt(i)] = 1;
  w[0x0640] = 1; // tatweel sits inside words
  return w;
}

/** The folding table: `fold()[c]` is the folded unit of `c`. */
export function foldTable(): Uint16Array {
  foldCache ??= buildFold();
  return foldCache;
}

/** `wordChars()[c]` is 1 when `c` is a letter, digit or mark (part of a word). */
export function wordChars(): Uint8Array {
  wordTable ??= buildWord();
  return wordTable;
}

/** Folds a whole string (lexicon forms, gap words); spaces are collapsed and trimmed. */
export function foldString(s: string): string {
  const t = foldTable();
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = t[s.charCodeAt(i)]!;
    if (c === SPACE || c === NEWLINE) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
      continue;
    }
    out += String.fromCharCode(c);
    lastSpace = false;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}
