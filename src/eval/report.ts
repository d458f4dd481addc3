// The eval report as text: a per-article table of matches, misses and false events, then the
// closing figures with their targets. Pure: returns a string.
import type { ExtractedEvent } from '../extract/types.ts';
import type { GoldEvent } from './gold-schema.ts';
import type { Score } from './score.ts';

/** The targets of issue #4 for the seed articles. */
export const TARGETS = {
  coreRecall: 0.95,
  f1All: 0.9,
  participantF1: 0.9,
  datesExact: 0.95,
  trapHits: 0,
} as const;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number): string => x.toFixed(3);

function describeGold(g: GoldEvent): string {
  return `${g.id} ${g.type} ${g.date ?? '—'} [${g.participants.join(', ')}]${g.core ? ' core' : ''}`;
}

function describeExtracted(e: ExtractedEvent): string {
  return `${e.type} ${e.date?.value ?? '—'} [${e.participants.map((p) => p.actorId).join(', ')}] “${(e.evidence[0]?.text ?? '').slice(0, 70)}”`;
}

export function formatReport(s: Score): string {
  const out: string[] = [];
  out.push('Per article');
  out.push(`${'file'.padEnd(30)} ${'gold'.padStart(4)} ${'extr'.padStart(4)} ${'match'.padStart(5)} ${'miss'.padStart(4)} ${'false'.padStart(5)} ${'trap'.padStart(4)} ${'dup'.padStart(3)}`);
  for (const a of s.articles) {
    out.push(
      `${a.file.padEnd(30)} ${String(a.gold).padStart(4)} ${String(a.extracted).padStart(4)} ${String(a.matched.length).padStart(5)} ${String(a.misses.length).padStart(4)} ${String(a.falseEvents.length).padStart(5)} ${String(a.trapHits.length).padStart(4)} ${String(a.duplicates.length).padStart(3)}`,
    );
  }
  out.push('');
  for (const a of s.articles) {
    const inexact = a.matched.filter((m) => !m.dateExact);
    const partial = a.matched.filter((m) => m.participants.fp > 0 || m.participants.fn > 0);
    if (a.misses.length + a.falseEvents.length + inexact.length + partial.length === 0) continue;
    out.push(a.file);
    for (const g of a.misses) out.push(`  miss    ${describeGold(g)}`);
    for (const e of a.falseEvents) {
      const tag = a.trapHits.includes(e) ? 'TRAP  ' : a.duplicates.includes(e) ? 'dup   ' : 'false ';
      out.push(`  ${tag}  ${describeExtracted(e)}`);
    }
    for (const m of inexact) out.push(`  date    ${m.gold.id}: gold ${m.gold.date ?? 'null'}${m.gold.range ? ` ${m.gold.range.join('…')}` : ''}, extracted ${m.extracted.date ? `${m.extracted.date.value} ${m.extracted.date.start}…${m.extracted.date.end}` : 'null'}`);
    for (const m of partial) {
      const got = m.extracted.participants.map((p) => p.actorId).join(', ');
      out.push(`  people  ${m.gold.id}: gold [${m.gold.participants.join(', ')}], extracted [${got}]`);
    }
  }
  out.push('');
  out.push('Figures');
  out.push(`  events (all)    P ${f3(s.all.precision)}  R ${f3(s.all.recall)}  F1 ${f3(s.all.f1)}   (${s.all.tp} matched of ${s.all.gold} gold, ${s.all.extracted} extracted)  target F1 ≥ ${TARGETS.f1All}`);
  out.push(`  events (core)   P ${f3(s.core.precision)}  R ${f3(s.core.recall)}  F1 ${f3(s.core.f1)}   (${s.core.tp} matched of ${s.core.gold} core)  target R ≥ ${TARGETS.coreRecall}`);
  out.push(`  dates exact     ${pct(s.datesExact.rate)}   (${s.datesExact.exact} of ${s.datesExact.matched} matched)  target ≥ ${pct(TARGETS.datesExact)}`);
  out.push(`  participants    P ${f3(s.participants.precision)}  R ${f3(s.participants.recall)}  F1 ${f3(s.participants.f1)}   (micro, over matched events)  target F1 ≥ ${TARGETS.participantF1}`);
  out.push(`  trap hits       ${s.trapHits}   duplicates ${s.duplicates}   target 0`);
  return out.join('\n') + '\n';
}

export function meetsTargets(s: Score): boolean {
  return (
    s.core.recall >= TARGETS.coreRecall &&
    s.all.f1 >= TARGETS.f1All &&
    s.participants.f1 >= TARGETS.participantF1 &&
    s.datesExact.rate >= TARGETS.datesExact &&
    s.trapHits === TARGETS.trapHits
  );
}
