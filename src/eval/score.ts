// Scores extraction results against a gold annotation, following the gold file's `scoring` rules.
// Pure: the caller reads the files and runs the extractor.
//
// MATCH (the gold's rule): an extracted event matches a gold event of the same article when
//  - the types are equal;
//  - the dates are compatible: a day-precision gold date needs the same day (`date.value`); a
//    month, year or range needs the extracted bounds to overlap the gold bounds; a null gold
//    date matches any date (and none); a non-null gold date needs an extracted date;
//  - the extracted participants include the gold keyParticipants, or, where none are listed, at
//    least half of the gold participants and never fewer than one.
//  Each gold event matches at most one extracted event and each extracted event at most one gold
//  event: a maximum bipartite matching (augmenting paths), gold core events first, candidates
//  ordered by exact date, then participant overlap.
// FIGURES
//  - precision, recall, F1 over all events; over core events recall is matched core / core, and
//    precision is matched core / (extracted − those matched to non-core gold events);
//  - date exactness over matched events: the extracted value equals the gold date (null equals
//    null), and a gold `range` equals the extracted start/end;
//  - participant F1 over matched events, micro-averaged (summed over all matched pairs);
//  - trap hits: an extracted event that matches no gold event and whose evidence lies in a trap
//    passage. A trap passage is (a) the text after the last line holding gold evidence (lists,
//    comments and footers follow the article), or (b) the line holding a passage quoted in a trap
//    description ('…' or «…», split at "..."), and all the text after it when the description
//    says "after '…'". Unmatched events that would have matched an already matched gold event are
//    counted apart as duplicates (one event reported twice).
// Actor names compare as slugs: "Ahmed al-Sharaa" ~ id `ahmed-al-sharaa` or an actor named so.
import { normalize } from '../extract/normalize.ts';
import type { ExtractedEvent, ExtractionResult } from '../extract/types.ts';
import type { GoldArticle, GoldEvent } from './gold-schema.ts';

export interface ArticleInput {
  gold: GoldArticle;
  /** The article text exactly as extracted (evidence offsets point into it). */
  text: string;
  result: ExtractionResult;
}

export interface MatchedPair {
  gold: GoldEvent;
  extracted: ExtractedEvent;
  dateExact: boolean;
  participants: { tp: number; fp: number; fn: number };
}

export interface ArticleScore {
  file: string;
  gold: number;
  extracted: number;
  matched: MatchedPair[];
  misses: GoldEvent[];
  falseEvents: ExtractedEvent[];
  duplicates: ExtractedEvent[];
  trapHits: ExtractedEvent[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  articles: ArticleScore[];
  all: Prf & { tp: number; gold: number; extracted: number };
  core: Prf & { tp: number; gold: number };
  datesExact: { exact: number; matched: number; rate: number };
  participants: Prf & { tp: number; fp: number; fn: number };
  trapHits: number;
  duplicates: number;
}

/** "Ahmed al-Sharaa" → "ahmed-al-sharaa". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

interface DateBounds {
  start: string;
  end: string;
}

/** Inclusive bounds of a gold date: "2025-02" → 2025-02-01 … 2025-02-28. */
export function goldBounds(date: string, range?: readonly [string, string]): DateBounds {
  if (range) return { start: range[0], end: range[1] };
  if (date.length === 10) return { start: date, end: date };
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${date}-01-01`, end: `${date}-12-31` };
}

export function datesCompatible(gold: GoldEvent, ex: ExtractedEvent): boolean {
  if (gold.date === null) return true;
  if (ex.date === null) return false;
  if (gold.date.length === 10 && !gold.range) return ex.date.value === gold.date;
  const g = goldBounds(gold.date, gold.range);
  return ex.date.start <= g.end && g.start <= ex.date.end;
}

export function dateExact(gold: GoldEvent, ex: ExtractedEvent): boolean {
  if (gold.date === null) return ex.date === null;
  if (ex.date === null || ex.date.value !== gold.date) return false;
  return !gold.range || (ex.date.start === gold.range[0] && ex.date.end === gold.range[1]);
}

/** Slugs naming each participant of an extracted event (its id and its actor's name). */
function participantKeys(ex: ExtractedEvent, result: ExtractionResult): Set<string>[] {
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  return ex.participants.map((p) => {
    const keys = new Set([slug(p.actorId)]);
    const name = names.get(p.actorId);
    if (name) keys.add(slug(name));
    return keys;
  });
}

function overlap(gold: readonly string[], keys: Set<string>[]): { tp: number; fp: number; fn: number } {
  const wanted = new Set(gold.map(slug));
  let tp = 0;
  const used = new Set<string>();
  for (const k of keys) {
    const hit = [...wanted].find((w) => k.has(w) && !used.has(w));
    if (hit) {
      used.add(hit);
      tp++;
    }
  }
  return { tp, fp: keys.length - tp, fn: wanted.size - tp };
}

export function participantsMatch(gold: GoldEvent, keys: Set<string>[]): boolean {
  const has = (name: string): boolean => keys.some((k) => k.has(slug(name)));
  if (gold.keyParticipants && gold.keyParticipants.length > 0) return gold.keyParticipants.every(has);
  const need = Math.max(1, Math.ceil(gold.participants.length / 2));
  return gold.participants.filter(has).length >= need;
}

export function matches(gold: GoldEvent, ex: ExtractedEvent, keys: Set<string>[]): boolean {
  return gold.type === ex.type && datesCompatible(gold, ex) && participantsMatch(gold, keys);
}

const prf = (tp: number, extracted: number, gold: number): Prf => {
  const precision = extracted === 0 ? (gold === 0 ? 1 : 0) : tp / extracted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
};

/** Scores one article. */
export function scoreArticle(input: ArticleInput): ArticleScore {
  const { gold, result } = input;
  const extracted = result.events;
  const keys = extracted.map((e) => participantKeys(e, result));
  // Candidates per gold event, best first.
  const order = gold.events.map((_, i) => i).sort((a, b) => Number(gold.events[b]!.core) - Number(gold.events[a]!.core) || a - b);
  const candidates = gold.events.map((g) =>
    extracted
      .map((_, j) => j)
      .filter((j) => matches(g, extracted[j]!, keys[j]!))
      .sort((a, b) => {
        const ea = Number(dateExact(g, extracted[a]!)), eb = Number(dateExact(g, extracted[b]!));
        if (ea !== eb) return eb - ea;
        return overlap(g.participants, keys[b]!).tp - overlap(g.participants, keys[a]!).tp || a - b;
      }),
  );
  const goldOf = new Array<number>(extracted.length).fill(-1);
  const extractedOf = new Array<number>(gold.events.length).fill(-1);
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const j of candidates[gi]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (goldOf[j] === -1 || tryAssign(goldOf[j]!, seen)) {
        goldOf[j] = gi;
        extractedOf[gi] = j;
        return true;
      }
    }
    return false;
  };
  for (const gi of order) tryAssign(gi, new Set());

  const matched: MatchedPair[] = [];
  gold.events.forEach((g, gi) => {
    const j = extractedOf[gi]!;
    if (j < 0) return;
    const ex = extracted[j]!;
    matched.push({ gold: g, extracted: ex, dateExact: dateExact(g, ex), participants: overlap(g.participants, keys[j]!) });
  });
  const misses = gold.events.filter((_, gi) => extractedOf[gi] === -1);
  const unmatched = extracted.map((e, j) => ({ e, j })).filter(({ j }) => goldOf[j] === -1);
  const duplicates = unmatched.filter(({ e, j }) => gold.events.some((g, gi) => extractedOf[gi] !== -1 && matches(g, e, keys[j]!))).map(({ e }) => e);
  const regions = trapRegions(input);
  const trapHits = unmatched
    .map(({ e }) => e)
    .filter((e) => !duplicates.includes(e) && e.evidence.length > 0 && e.evidence.every((s) => regions.some((r) => s.start >= r.start && s.end <= r.end)));
  return {
    file: gold.file,
    gold: gold.events.length,
    extracted: extracted.length,
    matched,
    misses,
    falseEvents: unmatched.map(({ e }) => e),
    duplicates,
    trapHits,
  };
}

/** Scores a whole corpus. */
export function score(inputs: readonly ArticleInput[]): Score {
  const articles = inputs.map(scoreArticle);
  let tp = 0, goldN = 0, extractedN = 0, coreTp = 0, coreN = 0, matchedNonCore = 0, exact = 0;
  let ptp = 0, pfp = 0, pfn = 0, traps = 0, dups = 0;
  for (const a of articles) {
    tp += a.matched.length;
    goldN += a.gold;
    extractedN += a.extracted;
    coreN += a.matched.filter((m) => m.gold.core).length + a.misses.filter((g) => g.core).length;
    coreTp += a.matched.filter((m) => m.gold.core).length;
    matchedNonCore += a.matched.filter((m) => !m.gold.core).length;
    exact += a.matched.filter((m) => m.dateExact).length;
    for (const m of a.matched) {
      ptp += m.participants.tp;
      pfp += m.participants.fp;
      pfn += m.participants.fn;
    }
    traps += a.trapHits.length;
    dups += a.duplicates.length;
  }
  return {
    articles,
    all: { ...prf(tp, extractedN, goldN), tp, gold: goldN, extracted: extractedN },
    core: { ...prf(coreTp, extractedN - matchedNonCore, coreN), tp: coreTp, gold: coreN },
    datesExact: { exact, matched: tp, rate: tp === 0 ? 1 : exact / tp },
    participants: { ...prf(ptp, ptp + pfp, ptp + pfn), tp: ptp, fp: pfp, fn: pfn },
    trapHits: traps,
    duplicates: dups,
  };
}

// ---- trap passages -------------------------------------------------------------------------

interface Region {
  start: number;
  end: number;
}

/** Quoted passages of a trap description: 'روابط ... برقرار شده' → ["روابط", "برقرار شده"]; an apostrophe inside a word ("readers'") is no quote. */
export function quotedPassages(description: string): { fragments: string[]; after: boolean }[] {
  const out: { fragments: string[]; after: boolean }[] = [];
  const re = /(?<![\p{L}\p{N}])(?:'([^']+)'|«([^»]+)»|“([^”]+)”)(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(description); m !== null; m = re.exec(description)) {
    const body = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    const fragments = body.split(/\.\.\.|…/u).map((f) => f.trim()).filter((f) => f.length >= 3);
    if (fragments.length === 0) continue;
    const after = /\bafter\s*$/i.test(description.slice(0, m.index));
    out.push({ fragments, after });
  }
  return out;
}

/** Finds `needle` in `text` ignoring spaces, ZWNJ and letter variants; returns original offsets. */
export function locate(text: string, needle: string, from = 0): Region | null {
  const compact = compactIndex(text);
  const n = compactIndex(needle).text;
  if (n.length === 0) return null;
  let fromCompact = 0;
  while (fromCompact < compact.map.length && compact.map[fromCompact]! < from) fromCompact++;
  const at = compact.text.indexOf(n, fromCompact);
  if (at < 0) return null;
  return { start: compact.map[at]!, end: compact.map[at + n.length - 1]! + 1 };
}

const compactCache = new Map<string, { text: string; map: number[] }>();
function compactIndex(s: string): { text: string; map: number[] } {
  const hit = compactCache.get(s);
  if (hit) return hit;
  const norm = normalize(s);
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < norm.text.length; i++) {
    const ch = norm.text[i]!;
    if (/[\s\p{P}]/u.test(ch)) continue;
    text += ch.toLowerCase();
    map.push(norm.offsets[i]!);
  }
  const value = { text, map };
  if (s.length > 200) {
    if (compactCache.size > 64) compactCache.clear();
    compactCache.set(s, value);
  }
  return value;
}

function lineAround(text: string, r: Region): Region {
  const before = text.lastIndexOf('\n', r.start - 1);
  const after = text.indexOf('\n', r.end);
  return { start: before + 1, end: after < 0 ? text.length : after };
}

/** The last offset holding gold evidence: the longest fragment of each evidence string, located. */
function lastEvidenceEnd(input: ArticleInput): number | null {
  let last: number | null = null;
  for (const g of input.gold.events) {
    if (!g.evidence) continue;
    const fragments = g.evidence.split(/\.\.\.|…/u).map((f) => f.trim()).filter((f) => f.length > 0);
    for (const f of fragments) {
      const r = locate(input.text, f);
      if (r) last = Math.max(last ?? 0, lineAround(input.text, r).end);
    }
  }
  return last;
}

/** A trap description that says its passage holds no event. */
const DENIES_EVENT = /\b(?:no|not|none|never)\b|\bbackground\b/i;

export function trapRegions(input: ArticleInput): Region[] {
  const regions: Region[] = [];
  const end = lastEvidenceEnd(input);
  if (end !== null) regions.push({ start: end, end: input.text.length });
  for (const description of input.gold.traps ?? []) {
    if (!DENIES_EVENT.test(description)) continue;
    for (const q of quotedPassages(description)) {
      const first = locate(input.text, q.fragments[0]!);
      if (!first) continue;
      if (q.after) {
        regions.push({ start: first.start, end: input.text.length });
        continue;
      }
      let r = lineAround(input.text, first);
      for (const f of q.fragments.slice(1)) {
        const next = locate(input.text, f, first.end);
        if (next) r = { start: r.start, end: Math.max(r.end, lineAround(input.text, next).end) };
      }
      regions.push(r);
    }
  }
  return regions;
}
