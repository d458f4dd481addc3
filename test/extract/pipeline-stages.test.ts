import { describe, expect, it } from 'vitest';
import { clean } from '../../src/extract/clean.ts';
import { detectLanguage } from '../../src/extract/language.ts';
import { segmentSentences } from '../../src/extract/segment.ts';

const kept = (text: string): string[] => clean(text).blocks.map((b) => text.slice(b.start, b.end));

describe('clean', () => {
  const body = 'وزیر امور خارجه سوریه اسعد الشیبانی که امروز به مسکو سفر کرده، با همتای روس خود سرگئی لاوروف دیدار کرد.';

  it.each([
    ['Persian related list', 'اخبار مرتبط'],
    ['Persian comments with a count', 'نظرات شما - 10'],
    ['Persian most-read header with a section name', 'مهمترین اخبار بین‌الملل'],
    ['Arabic related articles', 'مقالات ذات صلة'],
    ['Arabic comments', 'التعليقات'],
    ['Arabic latest news', 'آخر الأخبار'],
    ['English related', 'Related coverage'],
    ['English comments', 'Comments (3)'],
  ])('ends the article at a %s header', (_, header) => {
    const text = `Headline of the story here\n${body}\n${header}\nدیدار پزشکیان با امیر قطر در دوحه و امضای چند سند همکاری میان دو کشور برای توسعه روابط.\n`;
    const out = kept(text);
    expect(out).toContain(body);
    expect(out.some((l) => l.includes('امیر قطر'))).toBe(false);
  });

  it('keeps the headline above the first paragraph but not the menu above it', () => {
    const text = 'صفحه اصلی | سیاسی | اقتصادی\nConnect with us\nاخر الاخبار\nعراقچی در آنکارا با فیدان دیدار کرد\n' + body;
    expect(clean(text).blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['TITLE', 'عراقچی در آنکارا با فیدان دیدار کرد'],
      ['BODY', body],
    ]);
  });

  it('drops footers, bylines and share buttons, and cuts a run of short list lines', () => {
    const text = [
      body,
      '(شارك في التغطية أوليسيا أستاخوفا ؛ تحرير مارك تريفيليان)',
      'Reporting by Gleb Stolyarov; Editing by Mark Heinrich',
      'Share this article',
      body.replace('لاوروف', 'لاوروف امروز'),
      'Putin meets Xi in Beijing',
      'Macron to visit Lebanon next week',
      'Saudi crown prince hosts Zelensky',
      'Oil rises on supply worries today',
      'کلیه حقوق این سایت محفوظ است.',
    ].join('\n');
    const out = kept(text);
    expect(out).toHaveLength(2);
    expect(out.join('\n')).not.toMatch(/Reporting|شارك|Share|Xi|Macron/);
  });

  it('keeps a line printed twice once', () => {
    const text = `Lavrov invites Sharaa to Moscow\n\nLavrov invites Sharaa to Moscow\n${body}`;
    expect(kept(text).filter((l) => l.startsWith('Lavrov'))).toHaveLength(1);
  });

  it('returns ranges of the original text, which may be empty', () => {
    const text = `\u200f  ${body}  \n`;
    const { blocks } = clean(text);
    expect(text.slice(blocks[0]!.start, blocks[0]!.end)).toBe(body);
    expect(clean('').blocks).toEqual([]);
    expect(clean('\n\n   \n').blocks).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['fa', 'وزیر امور خارجه سوریه با همتای روس خود دیدار کرد و گفت که این دیدار مهم است.'],
    ['fa', 'رئيس‌جمهور روسيه با رئيس دولت موقت سوريه ديدار کرد و درباره روابط دوجانبه گفتگو کردند.'],
    ['ar', 'التقى وزير الخارجية السوري في موسكو يوم الخميس بنظيره الروسي الذي قال إن العلاقات قوية.'],
    ['ar', 'وقال لافروف إن موسكو تود أن يحضر رئيس سوريا الجديد القمة التي ستعقد في أكتوبر.'],
    ['en', 'Russian President Vladimir Putin met Syrian President Ahmed al-Sharaa in the Kremlin on Wednesday.'],
    ['und', 'Le président russe a rencontré son homologue syrien au Kremlin mercredi dernier.'],
    ['und', 'Путин встретился с президентом Сирии в Кремле в среду.'],
    ['und', 'وزیراعظم نے کہا کہ پاکستان اور ترکی کے تعلقات بہت اچھے ہیں اور ہم ملیں گے۔'],
    ['und', '12345 !!! ???'],
    ['und', ''],
  ])('%s ← %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('segmentSentences', () => {
  const whole = (t: string) => [{ start: 0, end: t.length }];
  const sentences = (t: string, lang: 'fa' | 'ar' | 'en') => segmentSentences(t, whole(t), lang).map((s) => t.slice(s.start, s.end));

  it('splits a sentence end glued to the next word', () => {
    expect(sentences('با همتای روس خود دیدار کرد.الشیبانی که ریاست هیأت را دارد گفت.', 'fa')).toEqual([
      'با همتای روس خود دیدار کرد.',
      'الشیبانی که ریاست هیأت را دارد گفت.',
    ]);
  });

  it('splits at ؟ and keeps English abbreviations inside a sentence', () => {
    expect(sentences('درخواست‌های سوریه چیست؟ لاوروف پاسخ داد.', 'fa')).toHaveLength(2);
    expect(sentences('Mr. Putin met U.S. envoy Steve Witkoff on Jan. 5 in Moscow. They talked.', 'en')).toEqual([
      'Mr. Putin met U.S. envoy Steve Witkoff on Jan. 5 in Moscow.',
      'They talked.',
    ]);
  });

  it('never crosses a block', () => {
    const t = 'First line without end\nSecond line.';
    const blocks = [{ start: 0, end: 22 }, { start: 23, end: t.length }];
    expect(segmentSentences(t, blocks, 'en').map((s) => s.block)).toEqual([0, 1]);
  });
});
