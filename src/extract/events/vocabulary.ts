// The shape of a locale's event vocabulary (`locales/<lang>/event-constants.ts`) and its
// compilation into one matcher per list. Forms are written in their usual spelling and
// normalized here (أ→ا, ي→ی, ة→ه, ك→ک), so they match the normalized text.
//
// Form syntax, kept small on purpose:
//   - a space matches a short run of spaces, or none in Persian and Arabic (a lost ZWNJ
//     glues words: "گفت و گو" matches "گفتوگو");
//   - a trailing `*` lets the word take up to five more letters ("visit*" → "visits", "visited");
//   - Arabic forms take the proclitics و/ف and ب/ل/ک/س/ال in front ("واللقاء", "سيلتقي").
// EXAMPLE: { form: 'دیدار', type: 'MEETING', pos: 'NOUN' } matches "دیدار", "دیداری" in
//   "با پوتین دیدار کرد" and "دیداری که…".
import { normalizeForm } from '../normalize.ts';
import type { EventType, Language } from '../types.ts';

export const TRIGGER_FLAGS = [
  /** The subject received the other side: subject HOST, object GUEST ("استقبل", "hosted"). */
  'HOSTS',
  /** The subject received the call from the other side: "تماس تلفنی … دریافت", "تلقى اتصالا". */
  'RECEIVED',
  /** A plural or first-person "we agreed": the partner may be the article's counterpart. */
  'FIRST_PERSON',
  /** Needs a word of the locale's `agreementNouns` in its clause ("signed" + "agreement"). */
  'NEEDS_AGREEMENT_NOUN',
  /** Needs a word of the locale's `conclusionVerbs` in its clause ("agreement" + "signed"). */
  'NEEDS_CONCLUSION_VERB',
  /** Needs a media word (channel, newspaper) or a media organization in its clause ("حوار"). */
  'NEEDS_MEDIA',
  /** Only with a date written right after it ("سقوط بشار اسد در دسامبر"): OTHER events. */
  'NEEDS_ADJACENT_DATE',
  /** Announces a future event by itself ("to visit" in a headline, "سيزور"). */
  'PLANNED',
  /** A formal statement (a "statement", an announcement) rather than a speech verb. */
  'FORMAL',
] as const;
export type TriggerFlag = (typeof TRIGGER_FLAGS)[number];

export interface TriggerEntry {
  form: string;
  type: EventType;
  /** VERB: a predicate ("met", "التقى"); NOUN: an event noun ("meeting", "دیدار", "زيارة"). */
  pos: 'VERB' | 'NOUN';
  /** How sure the word alone makes an event of its type, 0–1. @default 0.8 */
  weight?: number;
  flags?: readonly TriggerFlag[];
}

/** Everything a locale contributes to event detection. All lists are surface forms. */
export interface EventVocabulary {
  triggers: readonly TriggerEntry[];
  /** "قرار است", "سوف", "will", "is due to": the event is announced, not yet happened. */
  plannedCues: readonly string[];
  /** Wishes: "در انتظار", "نأمل", "hopes": an event hoped for is not an event (it may be an invitation). */
  irrealisCues: readonly string[];
  /** Negation next to a trigger: "did not meet", "لم يلتق", "دیدار نکرد". */
  negationCues: readonly string[];
  /** Marks the other side of a meeting: "با", "مع", "with". */
  withMarkers: readonly string[];
  /** Marks a source or a sender: "از", "من", "from". */
  fromMarkers: readonly string[];
  /** Marks a topic, whose actors are not participants: "درباره", "حول", "about". */
  topicMarkers: readonly string[];
  /** Opens an attribution, whose actors are sources: "به گزارش", "حسبما ذكرت", "according to". */
  attributionCues: readonly string[];
  /** Joins a delegation to the event: "همراه", "برفقة", "accompanied by". */
  accompanyCues: readonly string[];
  /** Joins the listed actors to the event referred to: "حضور داشتند", "attended", "حضر". */
  attendanceCues: readonly string[];
  /** Demonstratives making an event noun refer back: "این دیدار", "هذه الزيارة", "this meeting". */
  demonstratives: readonly string[];
  /** Open a relative or content clause: "که", "الذي", "which". */
  relativeMarkers: readonly string[];
  /** Open a background time phrase whose date is not the event's: "از زمان", "منذ", "since". */
  sinceCues: readonly string[];
  /** Speech verbs, for quotes and reported speech: "گفت", "قال", "said". */
  speechVerbs: readonly string[];
  /** Media words that make "گفتگو با شبکه" an interview. */
  mediaWords: readonly string[];
  /** Nouns of agreements, for verbs flagged NEEDS_AGREEMENT_NOUN. */
  agreementNouns: readonly string[];
  /** Verbs concluding an agreement, for nouns flagged NEEDS_CONCLUSION_VERB. */
  conclusionVerbs: readonly string[];
  /** "his Russian counterpart": `{DEMONYM}` stands for a demonym of `demonyms`. */
  counterpartPatterns: readonly string[];
  /** Demonyms and country adjectives → country actor id ("روس" → russia). */
  demonyms: Readonly<Record<string, string>>;
  /** "At that time": the clause takes the date of the sentence before ("در آن زمان", "آنذاك", "at the time"). */
  thenCues: readonly string[];
  /** A delegation as subject stands for the people named in the sentence before ("هیأت", "الوفد", "delegation"). */
  delegationWords: readonly string[];
  /** "Joint": the event also has the subject's counterpart ("مشترک", "مشترك", "joint"). */
  jointCues: readonly string[];
  /** A with-marker in these phrases is no comitative: "با اشاره به", "مع ذلك", "with regard to". */
  withExceptions: readonly string[];
  /** "Received" next to a call: the other side called ("دریافت کرد"). */
  receivedCues: readonly string[];
  /** Words that may stand between an event noun and its participants ("بين", "between", "رسمی"). */
  nounLinks: readonly string[];
  /** Prepositions before the place where the event is ("در", "في", "in"). */
  placeMarkers: readonly string[];
  /** Prepositions before where a visit goes ("به", "إلى", "to"). */
  destinationMarkers: readonly string[];
  /** "On the eve of": plans only the event noun right after it ("در آستانه سفر", "ahead of a visit"). */
  eveCues: readonly string[];
  /** "Both sides" as subject: the parties of the event just told ("دو طرف", "الجانبان", "the two leaders"). */
  bothSidesWords: readonly string[];
  /** Participation: the actors after it take part ("با حضور", "بمشاركة", "attended by"). */
  participationCues: readonly string[];
}

/** A compiled list: one regular expression over the normalized text. */
export interface CueMatcher {
  /** Global, sticky-free; reset `lastIndex` before use. */
  readonly re: RegExp;
  /**
   * The first word of every form, normalized (lower case in English): a match needs one of them
   * as a substring, so a clause holding none is skipped without running `re` (profiled: the
   * Unicode look-behind regexes were half of event detection).
   */
  readonly anchors: readonly string[];
  readonly caseless: boolean;
}

/** First words of forms, for the literal prefilter. */
function anchorsOf(forms: readonly string[], language: Language): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    const norm = normalizeForm(f.endsWith('*') ? f.slice(0, -1) : f).toLowerCase();
    const first = norm.split(' ')[0];
    if (first) out.add(first);
  }
  // Longest first is no help to `includes`; shortest first finds a hit sooner.
  return [...out].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).filter((a, i, xs) => language !== 'en' || xs.indexOf(a) === i);
}

/** True when the slice may hold a match of a list with these anchors. */
export function mayMatch(anchors: readonly string[], caseless: boolean, slice: string): boolean {
  const hay = caseless ? slice.toLowerCase() : slice;
  for (const a of anchors) if (hay.includes(a)) return true;
  return false;
}

const WORD_CHAR = '[\\p{L}\\p{N}]';
const AR_PROCLITICS = '(?:[وف])?(?:بال|کال|ال|لل|[بلکس])?';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One form → a regular expression fragment (no capture groups). The Arabic proclitics are added
 * by the caller once, in front of the whole alternation: repeated in each alternative they made
 * V8 try every prefix for every form at every position (the profile's top entry).
 */
export function formPattern(form: string, language: Language, withProclitics = false): string {
  const open = form.endsWith('*');
  const norm = normalizeForm(open ? form.slice(0, -1) : form).toLowerCase();
  const glue = language !== 'en';
  const body = norm
    .split(' ')
    .map(escapeRegExp)
    .join(glue ? '\\s{0,3}' : '\\s{1,3}');
  // Persian nouns take the ezafe/indefinite ی ("دیداری", "سفری"); open forms take any ending.
  const tail = open ? '\\p{L}{0,5}' : language === 'fa' ? '(?:ی|ای)?' : '';
  return (withProclitics && language === 'ar' ? AR_PROCLITICS : '') + body + tail;
}

/** What may stand in front of a form: Arabic proclitics, nothing elsewhere. */
const prefixOf = (language: Language): string => (language === 'ar' ? AR_PROCLITICS : '');

const sortLongestFirst = (forms: readonly string[]): string[] =>
  [...new Set(forms)].sort((a, b) => normalizeForm(b).length - normalizeForm(a).length || (a < b ? -1 : 1));

/** A cue list → one matcher with word boundaries. */
export function compileCues(forms: readonly string[], language: Language): CueMatcher {
  if (forms.length === 0) return { re: /(?!)/gu, anchors: [], caseless: false };
  const alternatives = sortLongestFirst(forms).map((f) => formPattern(f, language));
  const flags = language === 'en' ? 'giu' : 'gu';
  return {
    re: new RegExp(`(?<!${WORD_CHAR})${prefixOf(language)}(?:${alternatives.join('|')})(?!${WORD_CHAR})`, flags),
    anchors: anchorsOf(forms, language),
    caseless: language === 'en',
  };
}

/** All matches of a cue list inside [start, end) of `text`. */
export function findCues(m: CueMatcher, text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(start, end);
  if (!mayMatch(m.anchors, m.caseless, slice)) return out;
  m.re.lastIndex = 0;
  for (let x = m.re.exec(slice); x !== null; x = m.re.exec(slice)) {
    if (x[0].length === 0) {
      m.re.lastIndex++;
      continue;
    }
    out.push({ start: start + x.index, end: start + x.index + x[0].length });
  }
  return out;
}

export interface CompiledTriggers {
  readonly re: RegExp;
  readonly anchors: readonly string[];
  readonly caseless: boolean;
  /** Capture group i + 1 ↔ entries[i]. */
  readonly entries: readonly TriggerEntry[];
}

export function compileTriggers(entries: readonly TriggerEntry[], language: Language): CompiledTriggers {
  const sorted = [...entries].sort((a, b) => normalizeForm(b.form).length - normalizeForm(a.form).length);
  const groups = sorted.map((e) => `(${formPattern(e.form, language)})`);
  const flags = language === 'en' ? 'giu' : 'gu';
  return {
    re: new RegExp(`(?<!${WORD_CHAR})${prefixOf(language)}(?:${groups.join('|')})(?!${WORD_CHAR})`, flags),
    entries: sorted,
    anchors: anchorsOf(entries.map((e) => e.form), language),
    caseless: language === 'en',
  };
}

export interface TriggerMatch {
  start: number;
  end: number;
  entry: TriggerEntry;
}

/** Every trigger in [start, end) of `text`, left to right, longest first at one position. */
export function findTriggers(t: CompiledTriggers, text: string, start: number, end: number): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const slice = text.slice(start, end);
  if (!mayMatch(t.anchors, t.caseless, slice)) return out;
  t.re.lastIndex = 0;
  for (let x = t.re.exec(slice); x !== null; x = t.re.exec(slice)) {
    if (x[0].length === 0) {
      t.re.lastIndex++;
      continue;
    }
    let entry: TriggerEntry | undefined;
    for (let g = 1; g < x.length; g++) {
      if (x[g] !== undefined) {
        entry = t.entries[g - 1];
        break;
      }
    }
    if (entry) out.push({ start: start + x.index, end: start + x.index + x[0].length, entry });
  }
  return out;
}
