// The extraction pipeline: one article's text → ExtractionResult (types.ts). Pure and
// deterministic: no I/O, no clock, no randomness.
//
// Order (each step needs the ones before it):
//   size check → clean (article body, original offsets) → normalize (offset map) → language
//   → publication date (options.publishedAt wins over a dateline) → sentences of the body
//   → actors and places (lexicon) → date mentions (against the publication date) → events.
// Everything after cleaning sees only the kept blocks, so menus, "latest news" lists, comments
// and footers cannot produce actors or events. Offsets in the result point into `text` as given.
import { actorInfo, findActorMentions, findPlaceMentions, holderOf, officesOf, placeInfo, type ActorMention, type PlaceMention } from './actors/index.ts';
import { parseIsoDate } from './calendar/index.ts';
import { clean, type CleanBlock } from './clean.ts';
import { detectEvents, type ActorLookup, type SentenceInput } from './events/index.ts';
import { detectLanguage } from './language.ts';
import { normalize, toOriginalSpan, type NormalizedText } from './normalize.ts';
import { segmentSentences, type TextRange } from './segment.ts';
import { findDateMentions, findPublicationDate, type DateMention } from './time/index.ts';
import {
  LANGUAGES,
  type DetectedLanguage,
  type ExtractedActor,
  type ExtractionResult,
  type ExtractOptions,
  type Language,
  type PublishedAtSource,
} from './types.ts';

/** Stamped on every result and stored on articles, so `reprocess` knows what to redo. */
export const EXTRACTOR_VERSION = '0.4.0';

/** @default 2_000_000 UTF-16 code units (about 2 MB of Persian or Arabic prose, 4 MB as UTF-8). */
export const DEFAULT_MAX_INPUT_LENGTH = 2_000_000;

/** The input is longer than `maxInputLength`: refused before any work, with the limit in the message. */
export class InputTooLargeError extends RangeError {
  readonly code = 'INPUT_TOO_LARGE' as const;
  readonly limit: number;
  readonly length: number;

  constructor(length: number, limit: number) {
    super(`Expected text of at most ${limit} characters (maxInputLength), got ${length}`);
    this.name = 'InputTooLargeError';
    this.limit = limit;
    this.length = length;
  }
}

const LOOKUP: ActorLookup = { actorInfo, holderOf, officesOf, placeInfo };

function checkOptions(options: ExtractOptions): { publishedAt: string | null; language: Language | undefined; limit: number } {
  if (options === null || typeof options !== 'object') throw new TypeError(`Expected options to be an object, got ${options === null ? 'null' : typeof options}`);
  const { publishedAt = null, language, maxInputLength = DEFAULT_MAX_INPUT_LENGTH } = options;
  if (publishedAt !== null && (typeof publishedAt !== 'string' || parseIsoDate(publishedAt) === null)) {
    throw new RangeError(`Expected publishedAt to be a YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}`);
  }
  if (language !== undefined && !(LANGUAGES as readonly string[]).includes(language)) {
    throw new RangeError(`Expected language to be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(language)}`);
  }
  if (!Number.isInteger(maxInputLength) || maxInputLength < 0) {
    throw new RangeError(`Expected maxInputLength to be a non-negative integer, got ${String(maxInputLength)}`);
  }
  return { publishedAt, language, limit: maxInputLength };
}

/** First normalized index whose original offset is >= `original`. */
function toNormalized(norm: NormalizedText, original: number): number {
  let lo = 0, hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (norm.offsets[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideBlocks<T extends TextRange>(items: readonly T[], blocks: readonly TextRange[]): T[] {
  const out: T[] = [];
  let b = 0;
  for (const it of items) {
    while (b < blocks.length && blocks[b]!.end <= it.start) b++;
    const block = blocks[b];
    if (block && it.start >= block.start && it.end <= block.end) out.push(it);
  }
  return out;
}

/** Keeps the longest of overlapping mentions (the recognizer should not return any). */
function withoutOverlaps<T extends TextRange>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.start < last.end) {
      if (it.end - it.start > last.end - last.start) out[out.length - 1] = it;
      continue;
    }
    out.push(it);
  }
  return out;
}

/**
 * Extracts the dated events, actors and places of one article.
 * Throws `InputTooLargeError` (a RangeError) over `maxInputLength`, TypeError/RangeError on
 * malformed arguments; never on the text itself.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string') throw new TypeError(`Expected text to be a string, got ${text === null ? 'null' : typeof text}`);
  const opts = checkOptions(options);
  if (text.length > opts.limit) throw new InputTooLargeError(text.length, opts.limit);

  const cleaned = clean(text);
  const norm = normalize(text);
  const blocks: (TextRange & { kind: CleanBlock['kind'] })[] = cleaned.blocks
    .map((b) => ({ start: toNormalized(norm, b.start), end: toNormalized(norm, b.end), kind: b.kind }))
    .filter((b) => b.end > b.start);

  const language: DetectedLanguage = opts.language ?? detectLanguage(cleaned.blocks.map((b) => text.slice(b.start, b.end)).join('\n'));
  let publishedAt = opts.publishedAt;
  let publishedAtSource: PublishedAtSource = publishedAt ? 'metadata' : 'none';
  if (!publishedAt && language !== 'und') {
    const dateline = findPublicationDate(norm.text, language);
    if (dateline) {
      publishedAt = dateline.date;
      publishedAtSource = 'text';
    }
  }
  const base = { language, publishedAt, publishedAtSource, extractorVersion: EXTRACTOR_VERSION };
  if (language === 'und' || blocks.length === 0) return { ...base, actors: [], events: [] };

  const sentences: SentenceInput[] = segmentSentences(norm.text, blocks, language).map((s) => ({
    start: s.start,
    end: s.end,
    block: s.block,
    title: blocks[s.block]!.kind === 'TITLE',
  }));
  // The lexicon and date scanners see only the kept blocks: the rest is blanked (same length, so
  // offsets hold), which spares them menus, lists and comments (a third of a scraped page).
  const body = masked(norm.text, blocks);
  const actorCtx = { language, date: publishedAt };
  const actors: ActorMention[] = withoutOverlaps(insideBlocks(findActorMentions(body, actorCtx), blocks));
  const places: PlaceMention[] = withoutOverlaps(insideBlocks(findPlaceMentions(body, actorCtx), blocks));
  const dates: DateMention[] = insideBlocks(findDateMentions(body, { language, publishedAt }), blocks);

  const toOriginal = (start: number, end: number) => toOriginalSpan(norm, text, start, end);
  const events = detectEvents({ language, text: norm.text, publishedAt, sentences, actors, places, dates, lookup: LOOKUP }, toOriginal);
  const extracted = actorsOf(actors, toOriginal);
  // Every participant is an actor of the result, even one the text names only by relation
  // ("همتای روس خود" resolved to the Russian foreign minister): with no mention of its own.
  const known = new Set(extracted.map((a) => a.id));
  for (const e of events) {
    for (const p of e.participants) {
      if (known.has(p.actorId)) continue;
      const info = actorInfo(p.actorId);
      extracted.push({ id: p.actorId, name: info?.name ?? p.actorId, kind: info?.kind ?? 'PERSON', mentions: [] });
      known.add(p.actorId);
    }
  }
  return { ...base, actors: extracted, events };
}

/** `text` with everything outside `blocks` replaced by spaces (line breaks kept). */
function masked(text: string, blocks: readonly TextRange[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start > at) parts.push(text.slice(at, b.start).replace(/[^\n]/g, ' '));
    parts.push(text.slice(b.start, b.end));
    at = b.end;
  }
  if (at < text.length) parts.push(text.slice(at).replace(/[^\n]/g, ' '));
  return parts.join('');
}

function actorsOf(mentions: readonly ActorMention[], toOriginal: (s: number, e: number) => { text: string; start: number; end: number }): ExtractedActor[] {
  const byId = new Map<string, ExtractedActor>();
  for (const m of mentions) {
    let a = byId.get(m.actorId);
    if (!a) {
      a = { id: m.actorId, name: m.name, kind: m.kind, mentions: [] };
      byId.set(m.actorId, a);
    }
    a.mentions.push(toOriginal(m.start, m.end));
  }
  return [...byId.values()];
}
