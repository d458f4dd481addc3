// A simple, deterministic Persian/Arabic → Latin transliteration for names missing from the
// lexicon. It is a best effort, not a standard: short vowels are not written in the source, so one
// "a" is guessed at the start of a consonant cluster; long vowels come from ا, و, ی.
//
// EXAMPLE: "سامح شكري" → "Sameh Shakri"; "نبيل عمار" → "Nabil Amar"; "أسعد الشيباني" → "Asad al-Shibani"
import { normalizeForm } from '../normalize.ts';

type Lang = 'fa' | 'ar';

const CONSONANTS: Readonly<Record<string, string | Readonly<Record<Lang, string>>>> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: { ar: 'th', fa: 's' },
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: { ar: 'dh', fa: 'z' },
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: { ar: 'd', fa: 'z' },
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
};

/** Common given names and name particles, spelled the usual way (Persian first when it differs). */
const WHOLE_WORDS: Readonly<Record<string, string | Readonly<Record<Lang, string>>>> = {
  ابو: 'Abu',
  الله: 'Allah',
  عبدالله: 'Abdullah',
  عبد: 'Abd',
  بن: 'bin',
  ابن: 'ibn',
  بنت: 'bint',
  محمد: { fa: 'Mohammad', ar: 'Mohammed' },
  احمد: { fa: 'Ahmad', ar: 'Ahmed' },
  محمود: 'Mahmoud',
  مصطفی: 'Mostafa',
  علی: 'Ali',
  حسن: 'Hassan',
  حسین: 'Hossein',
  رضا: 'Reza',
  محمدرضا: 'Mohammadreza',
  محمدعلی: 'Mohammadali',
  محمدجواد: 'Mohammadjavad',
  محمدباقر: 'Mohammadbagher',
  علیرضا: 'Alireza',
  حمیدرضا: 'Hamidreza',
  مهدی: 'Mahdi',
  جواد: 'Javad',
  عباس: 'Abbas',
  ابراهیم: 'Ebrahim',
  اسماعیل: 'Esmaeil',
  یوسف: 'Yousef',
  خالد: 'Khalid',
  فیصل: 'Faisal',
  عمر: 'Omar',
  عثمان: 'Osman',
  سعید: 'Saeed',
  سلیمان: 'Soleiman',
  عبدالرحمن: 'Abdulrahman',
  عبدالعزیز: 'Abdulaziz',
  عبداللطیف: 'Abdullatif',
  نبیل: 'Nabil',
  سامح: 'Sameh',
  جمال: 'Jamal',
  کمال: 'Kamal',
  طارق: 'Tariq',
  زید: 'Zaid',
  سلمان: 'Salman',
  ناصر: 'Nasser',
  هانی: 'Hani',
  فاطمه: 'Fatemeh',
  مریم: 'Maryam',
  زینب: 'Zeinab',
};

function isVowelOut(s: string): boolean {
  return s === 'a' || s === 'i' || s === 'u' || s === 'o' || s === 'e';
}

function word(w: string, lang: Lang): string {
  const whole = WHOLE_WORDS[w];
  if (whole !== undefined) return typeof whole === 'string' ? whole : whole[lang];
  if (w.length > 3 && w.startsWith('ال')) return `al-${capitalize(word(w.slice(2), lang))}`;
  const out: string[] = [];
  const chars = [...w];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const prev = out.length > 0 ? out[out.length - 1]! : '';
    const atStart = out.length === 0;
    const atEnd = next === undefined;
    let piece: string;
    if (ch === 'ا') {
      if (atStart && next === 'ی') {
        piece = 'i';
        i++;
      } else if (atStart && next === 'و') {
        piece = lang === 'fa' ? 'o' : 'u';
        i++;
      } else piece = 'a';
    } else if (ch === 'و') {
      if (atStart || isVowelOut(prev) || next === 'ا' || next === 'ی') piece = lang === 'fa' ? 'v' : 'w';
      else piece = 'u';
    } else if (ch === 'ی') {
      if (atStart || isVowelOut(prev) || next === 'ا' || next === 'و') piece = 'y';
      else piece = 'i';
    } else if (ch === 'ع') {
      piece = atStart || !isVowelOut(prev) ? (next === 'ا' || next === 'ی' || next === 'و' ? '' : 'a') : '';
    } else if (ch === 'ه' && atEnd && !atStart) {
      piece = 'a';
    } else if (ch === 'ء' || ch === 'ئ') {
      piece = isVowelOut(prev) ? '' : 'e';
    } else {
      const c = CONSONANTS[ch];
      if (c === undefined) continue;
      piece = typeof c === 'string' ? c : c[lang];
      // One guessed short vowel opens a cluster: "شکری" → sh-a-kri, but "سامح" stays "samh".
      const prevIsConsonant = prev !== '' && !isVowelOut(prev);
      const beforePrev = out.length > 1 ? out[out.length - 2]! : '';
      if (prevIsConsonant && (out.length === 1 || !isVowelOut(beforePrev))) out.push('a');
    }
    if (piece !== '') out.push(piece);
  }
  return out.join('');
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** Transliterates a Persian or Arabic name into Latin letters, words capitalized ("al-" and "bin" kept lower-case). */
export function transliterate(name: string, lang: Lang = 'ar'): string {
  const words = normalizeForm(name)
    .split(' ')
    .map((w) => w.replace(/[^\u0621-\u06ff]/g, ''))
    .filter((w) => w !== '');
  return words
    .map((w) => word(w, lang))
    .filter((w) => w !== '')
    .map((w) => (w.startsWith('al-') || w === 'bin' || w === 'ibn' || w === 'bint' ? w : capitalize(w)))
    .join(' ');
}

/** A deterministic id from an English name: lower-case ASCII words joined by "-". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
