// Integrity of the lexicon data files: ids, references, tenures, forms.
import { describe, expect, it } from 'vitest';
import { getLexicon, parseForm, type Forms, type OfficeRecord } from '../../../src/extract/lexicon/index.ts';
import { holderOf } from '../../../src/extract/actors/index.ts';
import { normalizeForm } from '../../../src/extract/normalize.ts';

const lex = getLexicon();
const actorIds = [...lex.people, ...lex.organizations, ...lex.countries, ...lex.groups].map((e) => e.id);
const countryIds = new Set(lex.countries.map((c) => c.id));
const orgIds = new Set(lex.organizations.map((o) => o.id));
const placeIds = new Set([...lex.places.map((p) => p.id), ...countryIds]);

function allForms(f: Forms): string[] {
  return [...f.fa, ...f.ar, ...f.en];
}

describe('lexicon files', () => {
  it('has unique actor ids, place ids apart from them, and unique title ids', () => {
    expect(new Set(actorIds).size).toBe(actorIds.length);
    const places = lex.places.map((p) => p.id);
    expect(new Set(places).size).toBe(places.length);
    for (const id of places) expect(actorIds, `place id ${id} is also an actor id`).not.toContain(id);
    const titles = lex.titles.map((t) => t.id);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('refers only to countries, organizations and places it lists', () => {
    for (const p of lex.people) {
      if (p.countryId !== null) expect(countryIds, `${p.id}.countryId`).toContain(p.countryId);
      for (const o of p.offices) {
        if (o.countryId !== undefined) expect(countryIds, `${p.id} office country`).toContain(o.countryId);
        if (o.orgId !== undefined) expect(orgIds, `${p.id} office org`).toContain(o.orgId);
      }
    }
    for (const o of lex.organizations) if (o.countryId !== null) expect(countryIds, o.id).toContain(o.countryId);
    for (const c of lex.countries) if (c.capitalId !== undefined) expect(placeIds, `${c.id}.capitalId`).toContain(c.capitalId);
    for (const pl of lex.places) {
      if (pl.countryId !== null) expect(countryIds, pl.id).toContain(pl.countryId);
      if (pl.within !== undefined) expect(placeIds, `${pl.id}.within`).toContain(pl.within);
    }
    for (const t of lex.titles) {
      if (t.countryId !== undefined) expect(countryIds, t.id).toContain(t.countryId);
      if (t.orgId !== undefined) expect(orgIds, t.id).toContain(t.orgId);
    }
  });

  it('never has two holders of one office of one country or organization on the same day', () => {
    const byOffice = new Map<string, Array<{ who: string; o: OfficeRecord }>>();
    for (const p of lex.people) {
      for (const o of p.offices) {
        for (const kind of Array.isArray(o.office) ? o.office : [o.office]) {
          if (kind === 'OTHER') continue; // many aides and deputies serve at once
          const key = `${kind}@${o.countryId ?? o.orgId}`;
          (byOffice.get(key) ?? byOffice.set(key, []).get(key)!).push({ who: p.id, o });
        }
      }
    }
    for (const [key, list] of byOffice) {
      const sorted = [...list].sort((a, b) => a.o.from.localeCompare(b.o.from));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        const cur = sorted[i]!;
        expect(prev.o.to, `${key}: ${prev.who} (from ${prev.o.from}) is still in office`).not.toBeNull();
        expect(prev.o.to! <= cur.o.from, `${key}: ${prev.who} until ${prev.o.to} overlaps ${cur.who} from ${cur.o.from}`).toBe(true);
      }
    }
  });

  it('has forms that normalize to non-empty strings, in the script of their language', () => {
    const entries = [...lex.people, ...lex.organizations, ...lex.countries, ...lex.groups, ...lex.places, ...lex.titles];
    for (const e of entries) {
      const forms = [...allForms(e.forms), ...('adjectives' in e ? allForms(e.adjectives) : [])];
      expect(forms.length, `${e.id} has no forms`).toBeGreaterThan(0);
      for (const raw of forms) expect(normalizeForm(parseForm(raw).form), `${e.id}: ${JSON.stringify(raw)}`).not.toBe('');
      for (const f of [...e.forms.fa, ...e.forms.ar]) expect(f, `${e.id}: Persian/Arabic form in Latin`).not.toMatch(/[A-Za-z]/);
      for (const f of e.forms.en) expect(f, `${e.id}: English form in Arabic script`).not.toMatch(/[\u0600-\u06ff]/);
    }
    // Every person can be found in all three languages.
    for (const p of lex.people) for (const lang of ['fa', 'ar', 'en'] as const) expect(p.forms[lang].length, `${p.id} ${lang}`).toBeGreaterThan(0);
  });

  it('covers heads of state and government, foreign and defence ministers of the region and the powers, 2015–2026', () => {
    const countries = ['russia', 'syria', 'iran', 'turkey', 'saudi-arabia', 'united-arab-emirates', 'qatar', 'kuwait', 'bahrain', 'oman', 'egypt', 'iraq', 'lebanon', 'jordan', 'israel', 'united-states', 'china', 'united-kingdom', 'france', 'germany', 'italy', 'spain'];
    const kinds = ['HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'FOREIGN_MINISTER', 'DEFENCE_MINISTER'] as const;
    // Real vacancies: Lebanon had no president in 2014–2016 and 2022–2025; Iraq had no defence minister for months in 2016–2017 and 2018–2019.
    const vacancies = new Set(['lebanon HEAD_OF_STATE', 'iraq DEFENCE_MINISTER']);
    const missing: string[] = [];
    for (const c of countries) {
      for (const k of kinds) {
        for (let y = 2015; y <= 2025; y++) {
          for (const md of ['02-15', '08-15']) {
            if (!holderOf(k, c, `${y}-${md}`) && !vacancies.has(`${c} ${k}`)) missing.push(`${c} ${k} ${y}-${md}`);
          }
        }
        if (!vacancies.has(`${c} ${k}`)) expect(holderOf(k, c, '2026-01-15'), `${c} ${k} now`).toBeDefined();
      }
    }
    expect(missing).toEqual([]);
    for (let y = 2015; y <= 2026; y++) {
      expect(holderOf('SECRETARY_GENERAL', 'united-nations', `${y}-02-15`), `UN ${y}`).toBeDefined();
      expect(holderOf('SECRETARY_GENERAL', 'arab-league', `${y}-02-15`), `Arab League ${y}`).toBeDefined();
    }
  });
});
