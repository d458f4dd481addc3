import { describe, expect, it } from 'vitest';
import { slugify, transliterate } from '../../../src/extract/actors/index.ts';

describe('transliterate', () => {
  it.each([
    ['نبيل عمار', 'ar', 'Nabil Amar'],
    ['سامح شكري', 'ar', 'Sameh Shakri'],
    ['سالم جبر', 'ar', 'Salm Jabr'],
    ['محمدرضا عارف', 'fa', 'Mohammadreza Arf'],
    ['أسعد الشيباني', 'ar', 'Asad al-Shibani'],
    ['عبد الله بن زايد', 'ar', 'Abd Allah bin Zayd'],
    ['محمد', 'fa', 'Mohammad'],
    ['محمد', 'ar', 'Mohammed'],
    ['ولادیمیر', 'fa', 'Valadimir'],
    ['عبدالله النسور', 'ar', 'Abdullah al-Nasur'],
  ] as const)('%s (%s) → %s', (name, lang, latin) => {
    expect(transliterate(name, lang)).toBe(latin);
  });

  it('is deterministic and ignores diacritics, ZWNJ and Latin noise', () => {
    expect(transliterate('سَامِح شُكْري')).toBe(transliterate('سامح شكري'));
    expect(transliterate('abc')).toBe('');
  });

  it('slugs English names into ids', () => {
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify("Gideon Sa'ar")).toBe('gideon-sa-ar');
    expect(slugify('  Jane   Doe ')).toBe('jane-doe');
  });
});
