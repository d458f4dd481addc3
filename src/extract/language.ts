// Language of an article: fa, ar, en, or `und` (no events are extracted from `und`).
//
// Script first: the share of Arabic-script and Latin letters among all letters. Within the
// Arabic script, Persian and Arabic are told apart by letters only Persian writes (پ چ ژ گ)
// and by function words of each (را، است، می، این… against الذي، التي، في، إن، على…);
// Persian sites often type Arabic ي and ك, so the letters ی/ي and ک/ك alone decide nothing.
// Urdu (ٹ ڈ ڑ ں ے ھ) is `und`. In the Latin script, English needs its function words.
// Must run on the ORIGINAL text: normalization merges ي/ی and ك/ک.
// EXAMPLE: "وزیر امور خارجه سوریه با همتای روس خود دیدار کرد" → fa
// EXAMPLE: "التقى وزير الخارجية السوري في موسكو" → ar; "Putin met al-Sharaa" → en; "Bonjour à tous" → und
import type { DetectedLanguage } from './types.ts';

const FA_WORDS = new Set([
  'را', 'است', 'این', 'آن', 'که', 'می', 'های', 'برای', 'با', 'شد', 'کرد', 'بود', 'شده', 'کند', 'خود', 'نیز',
  'هم', 'وی', 'او', 'اما', 'ما', 'تا', 'بر', 'پس', 'یک', 'اینکه', 'هستند', 'کردند', 'گفت', 'دیدار', 'روز',
]);
const AR_WORDS = new Set([
  'الذي', 'التي', 'الذين', 'في', 'إن', 'أن', 'على', 'إلى', 'من', 'عن', 'قال', 'هذا', 'هذه', 'ذلك', 'كان',
  'كانت', 'مع', 'وقال', 'لم', 'لن', 'قد', 'بين', 'بعد', 'حيث', 'ومن', 'وفي', 'عند', 'حتى', 'أو', 'ثم',
]);
const EN_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'on', 'for', 'with', 'that', 'said', 'by', 'at', 'his',
  'he', 'it', 'as', 'from', 'has', 'have', 'will', 'be', 'an', 'are', 'were', 'their', 'its', 'this',
]);

/** Fewer letters than this: not enough to tell (a headline of one word, noise). */
const MIN_LETTERS = 12;
/** Share of the letters a script must have to be the article's script. */
const SCRIPT_SHARE = 0.5;
/** Share of Latin words that must be English function words (English prose: ~40%). */
const EN_FUNCTION_SHARE = 0.12;

const TOKEN = /[\p{L}\p{M}]+/gu;

/** An article's language shows in its first pages: longer bodies are sampled (profiled: 5% of extraction). */
const SAMPLE_LENGTH = 20_000;

/** Detects the language of `text` (the article body); reads at most SAMPLE_LENGTH characters. */
export function detectLanguage(input: string): DetectedLanguage {
  const text = input.length > SAMPLE_LENGTH ? input.slice(0, SAMPLE_LENGTH) : input;
  let arabicScript = 0, latin = 0, other = 0, persianLetters = 0, urduLetters = 0, arabicOnly = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) {
      arabicScript++;
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) persianLetters++; // پ چ ژ گ
      else if (c === 0x0679 || c === 0x0688 || c === 0x0691 || c === 0x06ba || c === 0x06d2 || c === 0x06be) urduLetters++;
      else if (c === 0x0629 || c === 0x0649) arabicOnly++; // ة ى (Persian writes ه and ی)
    } else if (/\p{L}/u.test(text[i]!)) other++;
  }
  const letters = arabicScript + latin + other;
  if (letters < MIN_LETTERS) return 'und';
  if (arabicScript / letters >= SCRIPT_SHARE) return arabicScriptLanguage(text, persianLetters, urduLetters, arabicOnly);
  if (latin / letters >= SCRIPT_SHARE) return isEnglish(text) ? 'en' : 'und';
  return 'und';
}

function arabicScriptLanguage(text: string, persianLetters: number, urduLetters: number, arabicOnly: number): DetectedLanguage {
  let fa = 0, ar = 0, words = 0, alPrefixed = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const w = m[0].replace(/ي/g, 'ی').replace(/ك/g, 'ک');
    const raw = m[0];
    if (!/[\u0600-\u06ff]/u.test(raw)) continue;
    words++;
    if (FA_WORDS.has(w) || w.startsWith('می') && w.length > 4 && raw.includes('\u200c')) fa++;
    if (AR_WORDS.has(raw) || AR_WORDS.has(raw.replace(/ی/g, 'ي'))) ar++;
    if (raw.startsWith('ال') || raw.startsWith('وال') || raw.startsWith('بال')) alPrefixed++;
  }
  if (words === 0) return 'und';
  if (urduLetters > persianLetters && urduLetters * 50 > words) return 'und';
  // ال-prefixed words: ~20% of Arabic prose, a few percent of Persian (Arabic names and loans).
  const faScore = fa + persianLetters * 0.5;
  const arScore = ar + Math.max(0, alPrefixed - words * 0.05) + arabicOnly * 0.3;
  return faScore >= arScore ? 'fa' : 'ar';
}

function isEnglish(text: string): boolean {
  let latinWords = 0, english = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (!/^[a-zA-Z]+$/.test(m[0])) {
      if (/[a-zA-Z\u00c0-\u024f]/.test(m[0])) latinWords++;
      continue;
    }
    latinWords++;
    if (EN_WORDS.has(m[0].toLowerCase())) english++;
  }
  return latinWords > 0 && english / latinWords >= EN_FUNCTION_SHARE;
}
