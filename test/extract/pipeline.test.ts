import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_INPUT_LENGTH, extract, EXTRACTOR_VERSION, InputTooLargeError } from '../../src/extract/index.ts';
import { expectValidResult, summarize } from './pipeline-helpers.ts';

const LEAD_FA = 'ولادیمیر پوتین رئیس‌جمهور روسیه روز چهارشنبه در کرملین با احمد الشرع رئیس دولت موقت سوریه دیدار و گفت‌وگو کرد.';

describe('extract: the contract', () => {
  it('finds a dated meeting with its participants, place and evidence in the original text', () => {
    const text = `بین‌الملل\n${LEAD_FA}\n`;
    const r = extract(text, { publishedAt: '2025-10-15' });
    expectValidResult(r, text);
    expect(r.language).toBe('fa');
    expect(r.publishedAtSource).toBe('metadata');
    expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
    const meeting = r.events.find((e) => e.type === 'MEETING')!;
    expect(meeting.date?.value).toBe('2025-10-15');
    expect(meeting.participants.map((p) => p.actorId).sort()).toEqual(['ahmed-al-sharaa', 'vladimir-putin']);
    expect(meeting.location).toBe('Moscow');
    expect(meeting.status).toBe('OCCURRED');
    // Evidence is the sentence, with ZWNJ and all, exactly as given.
    expect(meeting.evidence[0]!.text).toBe(LEAD_FA);
    expect(meeting.evidence[0]!.start).toBe(text.indexOf(LEAD_FA));
  });

  it('gives hosts and guests when the place says whose country it is', () => {
    const r = extract(LEAD_FA, { publishedAt: '2025-10-15' });
    const roles = Object.fromEntries(r.events[0]!.participants.map((p) => [p.actorId, p.role]));
    expect(roles).toEqual({ 'vladimir-putin': 'HOST', 'ahmed-al-sharaa': 'GUEST' });
  });

  it('takes the publication date from a dateline when metadata has none, and says so', () => {
    const text = `تاریخ انتشار : چهارشنبه 1404/10/03 ساعت 15:16\n${LEAD_FA.replace('روز چهارشنبه', 'امروز')}`;
    const r = extract(text);
    expect(r.publishedAt).toBe('2025-12-24');
    expect(r.publishedAtSource).toBe('text');
    expect(summarize(r)).toEqual(['MEETING 2025-12-24 ahmed-al-sharaa,vladimir-putin']);
    const withMeta = extract(text, { publishedAt: '2025-12-25' });
    expect(withMeta.publishedAt).toBe('2025-12-25');
    expect(withMeta.publishedAtSource).toBe('metadata');
  });

  it('says none when no publication date is known, and leaves relative dates unresolved', () => {
    const r = extract('Russian President Vladimir Putin met Syrian President Ahmed al-Sharaa in Moscow on Wednesday.');
    expect(r.publishedAt).toBeNull();
    expect(r.publishedAtSource).toBe('none');
    expect(r.events[0]?.date ?? null).toBeNull();
  });

  it('is deterministic and its event ids do not depend on the article around the event', () => {
    const a = extract(`${LEAD_FA}`, { publishedAt: '2025-10-15' });
    const b = extract(`سیاسی\nکد خبر: 12\n${LEAD_FA}\n\nاخبار مرتبط\nدیدار عراقچی و لاوروف در مسکو\nسفر پزشکیان به قطر`, { publishedAt: '2025-10-15' });
    expect(extract(LEAD_FA, { publishedAt: '2025-10-15' })).toEqual(a);
    expect(b.events.map((e) => e.id)).toEqual(a.events.map((e) => e.id));
  });

  it('returns `und` with no events for a language it does not extract from', () => {
    const r = extract('Le président russe Vladimir Poutine a rencontré le président syrien Ahmed al-Charaa au Kremlin mercredi.', { publishedAt: '2025-10-15' });
    expect(r.language).toBe('und');
    expect(r.events).toEqual([]);
    expect(extract('Путин встретился с аш-Шараа в Кремле в среду.').language).toBe('und');
  });

  it('honours a forced language', () => {
    const r = extract('Putin met al-Sharaa in Moscow.', { language: 'en' });
    expect(r.language).toBe('en');
  });
});

describe('extract: what is not the article', () => {
  it('keeps events of lists, comments and footers out', () => {
    const text = [
      'Home | World | Politics',
      'Erdogan visits Baghdad',
      'Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday on his first official visit to Iraq in more than a decade.',
      '',
      'Most read',
      'Putin meets Xi in Beijing',
      'Macron to visit Lebanon next week',
      'Saudi crown prince hosts Zelensky',
      '',
      'Comments',
      'Reader: Putin met Trump and nothing changed, I tell you, nothing at all changed after that meeting.',
      '© 2024 The Associated Press. All rights reserved.',
    ].join('\n');
    const r = extract(text, { publishedAt: '2024-04-22' });
    expectValidResult(r, text);
    expect(summarize(r)).toEqual(['VISIT 2024-04-22 recep-tayyip-erdogan']);
    expect(r.actors.map((a) => a.id)).not.toContain('xi-jinping');
  });

  it('does not make two events of a headline printed twice', () => {
    const headline = 'لاوروف، الجولانی را به روسیه دعوت کرد';
    const text = [headline, '', headline, '', 'سرگئی لاوروف وزیر امور خارجه روسیه امروز در مسکو از احمد الشرع رئیس دولت موقت سوریه برای سفر به روسیه دعوت کرد و گفت منتظر این سفر است.'].join('\n');
    const r = extract(text, { publishedAt: '2025-07-31' });
    expect(r.events.filter((e) => e.type === 'INVITATION')).toHaveLength(1);
  });

  it('finds no event on a page without one', () => {
    const text = 'Oil prices rose on Tuesday as worries about tighter supply and a weaker dollar outweighed concerns over demand in China, analysts said.';
    expect(extract(text, { publishedAt: '2025-03-04' }).events).toEqual([]);
  });
});

describe('extract: limits and misuse', () => {
  it('refuses text over the limit with a typed error naming the limit', () => {
    expect(() => extract('x'.repeat(11), { maxInputLength: 10 })).toThrow(InputTooLargeError);
    expect(() => extract('x'.repeat(11), { maxInputLength: 10 })).toThrow(/at most 10 characters/);
    expect(DEFAULT_MAX_INPUT_LENGTH).toBe(2_000_000);
    try {
      extract('x'.repeat(11), { maxInputLength: 10 });
    } catch (err) {
      expect(err).toBeInstanceOf(RangeError);
      expect((err as InputTooLargeError).code).toBe('INPUT_TOO_LARGE');
      expect((err as InputTooLargeError).limit).toBe(10);
    }
  });

  it('accepts text exactly at the limit', () => {
    expect(extract('x'.repeat(10), { maxInputLength: 10 }).language).toBe('und');
  });

  it('says what was expected for malformed arguments', () => {
    expect(() => extract(42 as unknown as string)).toThrow(TypeError);
    expect(() => extract('text', { publishedAt: '2025-13-01' })).toThrow(/YYYY-MM-DD/);
    expect(() => extract('text', { language: 'fr' as 'en' })).toThrow(/one of fa, ar, en/);
    expect(() => extract('text', { maxInputLength: -1 })).toThrow(RangeError);
  });
});
