// One compiled matcher set per language, built on first use and kept for the process.
import { AR_EVENT_VOCABULARY } from '../locales/ar/event-constants.ts';
import { EN_EVENT_VOCABULARY } from '../locales/en/event-constants.ts';
import { FA_EVENT_VOCABULARY } from '../locales/fa/event-constants.ts';
import { normalizeForm } from '../normalize.ts';
import type { Language } from '../types.ts';
import { compileCues, compileTriggers, formPattern, type CompiledTriggers, type CueMatcher, type EventVocabulary } from './vocabulary.ts';

export const EVENT_VOCABULARIES: Readonly<Record<Language, EventVocabulary>> = {
  fa: FA_EVENT_VOCABULARY,
  ar: AR_EVENT_VOCABULARY,
  en: EN_EVENT_VOCABULARY,
};

export interface CompiledVocabulary {
  language: Language;
  triggers: CompiledTriggers;
  planned: CueMatcher;
  irrealis: CueMatcher;
  negation: CueMatcher;
  with: CueMatcher;
  from: CueMatcher;
  topic: CueMatcher;
  attribution: CueMatcher;
  accompany: CueMatcher;
  attendance: CueMatcher;
  demonstratives: CueMatcher;
  relative: CueMatcher;
  since: CueMatcher;
  speech: CueMatcher;
  media: CueMatcher;
  agreementNouns: CueMatcher;
  conclusionVerbs: CueMatcher;
  then: CueMatcher;
  delegation: CueMatcher;
  joint: CueMatcher;
  withExceptions: CueMatcher;
  received: CueMatcher;
  nounLinks: CueMatcher;
  /** The single words of `nounLinks`, normalized and lower case. */
  nounLinkWords: ReadonlySet<string>;
  placeMarkers: CueMatcher;
  destinationMarkers: CueMatcher;
  eve: CueMatcher;
  bothSides: CueMatcher;
  participation: CueMatcher;
  /** "همتای روس خود": the named group `d` is the demonym. */
  counterpart: RegExp;
  /** Words every counterpart pattern holds ("همتای", "نظيره", "counterpart"), for the prefilter. */
  counterpartAnchors: readonly string[];
  demonymCountry(matched: string): string | undefined;
  /** Whole-word test for a demonym ("الصينية", "Arab"). */
  demonymPattern: RegExp;
}

const cache = new Map<Language, CompiledVocabulary>();

export function compiledVocabulary(language: Language): CompiledVocabulary {
  const hit = cache.get(language);
  if (hit) return hit;
  const v = EVENT_VOCABULARIES[language];
  const c = (forms: readonly string[]): CueMatcher => compileCues(forms, language);
  const demonyms = new Map<string, string>();
  for (const [form, id] of Object.entries(v.demonyms)) demonyms.set(normalizeForm(form).toLowerCase(), id);
  const demonymAlternation = [...demonyms.keys()]
    .sort((a, b) => b.length - a.length)
    .map((d) => d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
  const counterpartAlternatives = v.counterpartPatterns.map((p) => {
    const [before, after] = p.split('{DEMONYM}') as [string, string];
    const b = before.trim() ? formPattern(before.trim(), language, true) + '\\s{1,3}' : '';
    const a = after.trim() ? '\\s{1,3}' + formPattern(after.trim(), language, true) : '';
    // Duplicate named groups in alternatives (ES2025, V8 ≥ 12.5): each alternative names its demonym `d`.
    return `${b}(?<d>${demonymAlternation})${a}`;
  });
  const compiled: CompiledVocabulary = {
    language,
    triggers: compileTriggers(v.triggers, language),
    planned: c(v.plannedCues),
    irrealis: c(v.irrealisCues),
    negation: c(v.negationCues),
    with: c(v.withMarkers),
    from: c(v.fromMarkers),
    topic: c(v.topicMarkers),
    attribution: c(v.attributionCues),
    accompany: c(v.accompanyCues),
    attendance: c(v.attendanceCues),
    demonstratives: c(v.demonstratives),
    relative: c(v.relativeMarkers),
    since: c(v.sinceCues),
    speech: c(v.speechVerbs),
    media: c(v.mediaWords),
    agreementNouns: c(v.agreementNouns),
    conclusionVerbs: c(v.conclusionVerbs),
    then: c(v.thenCues),
    delegation: c(v.delegationWords),
    joint: c(v.jointCues),
    withExceptions: c(v.withExceptions),
    received: c(v.receivedCues),
    nounLinks: c(v.nounLinks),
    nounLinkWords: new Set(v.nounLinks.filter((w) => !w.includes(' ')).map((w) => normalizeForm(w).toLowerCase())),
    placeMarkers: c(v.placeMarkers),
    destinationMarkers: c(v.destinationMarkers),
    eve: c(v.eveCues),
    bothSides: c(v.bothSidesWords),
    participation: c(v.participationCues),
    counterpart: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${counterpartAlternatives.join('|')})(?![\\p{L}\\p{N}])`,
      language === 'en' ? 'giu' : 'gu',
    ),
    counterpartAnchors: [...new Set(v.counterpartPatterns.map((p) => normalizeForm(p.replace('{DEMONYM}', ' ')).toLowerCase().split(' ').sort((a, b) => b.length - a.length)[0] ?? ''))].filter(Boolean),
    demonymCountry: (matched) => demonyms.get(normalizeForm(matched).toLowerCase()),
    demonymPattern: new RegExp(`^(?:${demonymAlternation})$`, 'iu'),
  };
  cache.set(language, compiled);
  return compiled;
}
