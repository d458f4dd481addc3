// `npm run bench:extract [-- --articles N] [-- --seed S]`: extraction speed on one core.
// Generates N (default 1,500) articles from templates in fa, ar and en — actors drawn from the
// lexicon, varied dates and places, with scraped-page noise (menus, related lists, comments,
// footers) — extracts them one after another in this process, and prints articles per second
// and milliseconds per KB. Profile with `node --cpu-prof bench/extract.ts` (then open the
// .cpuprofile in Chrome DevTools) before optimizing.
import { extract, type Language } from '../src/extract/index.ts';
import { getLexicon } from '../src/extract/lexicon/index.ts';

const args = process.argv.slice(2);
const argValue = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const ARTICLES = argValue('--articles', 1500);
let seed = argValue('--seed', 42) >>> 0;

/** A small deterministic PRNG (LCG): the corpus is the same on every run. */
function rand(n: number): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)]!;

const lexicon = getLexicon();
const NAMES: Record<Language, string[]> = { fa: [], ar: [], en: [] };
for (const p of lexicon.people) {
  for (const lang of ['fa', 'ar', 'en'] as const) {
    const form = p.forms[lang].find((f) => !f.startsWith('~') && f.includes(' '));
    if (form) NAMES[lang].push(form);
  }
}
const PLACES: Record<Language, string[]> = { fa: [], ar: [], en: [] };
for (const p of lexicon.places) {
  for (const lang of ['fa', 'ar', 'en'] as const) {
    const form = p.forms[lang][0];
    if (form && p.kind === 'CITY') PLACES[lang].push(form);
  }
}

const DAYS: Record<Language, string[]> = {
  fa: ['امروز', 'روز دوشنبه', 'روز سه‌شنبه', 'روز چهارشنبه', 'دیروز', '۲۳ مهر ۱۴۰۴', '۹ مرداد ۱۴۰۴', 'فردا'],
  ar: ['اليوم', 'يوم الاثنين', 'يوم الخميس', 'أمس', 'في 15 أكتوبر', 'في 12 مارس', 'غدا'],
  en: ['on Monday', 'on Thursday', 'today', 'yesterday', 'on Oct. 15', 'on March 12', 'tomorrow'],
};

const BODY: Record<Language, ((a: string, b: string, place: string, day: string) => string)[]> = {
  fa: [
    (a, b, p, d) => `${a} ${d} در ${p} با ${b} دیدار و گفت‌وگو کرد و دو طرف درباره روابط دوجانبه و تحولات منطقه بحث کردند.`,
    (a, b, p, d) => `به گزارش خبرنگار ما، ${a} که ${d} به ${p} سفر کرده است، در نشست خبری مشترک با ${b} گفت: همکاری دو کشور ادامه دارد.`,
    (a, b, _p, d) => `${a} ${d} در تماس تلفنی با ${b} درباره آخرین تحولات منطقه رایزنی کرد.`,
    (a, b, p) => `قرار است ${a} در سفر به ${p} با ${b} نیز دیدار کند و از وی برای شرکت در اجلاس آینده دعوت کند.`,
    (a) => `${a} گفت که روابط دو کشور در سال ۱۹۴۴ برقرار شده و از آن زمان همواره دوستانه بوده است.`,
  ],
  ar: [
    (a, b, p, d) => `التقى ${a} مع ${b} في ${p} ${d}، وبحث الجانبان العلاقات الثنائية والتطورات الإقليمية.`,
    (a, b, p, d) => `وصل ${a} ${d} إلى ${p} في زيارة رسمية، وعقد مؤتمرا صحفيا مشتركا مع ${b}.`,
    (a, b, _p, d) => `تلقى ${a} ${d} اتصالا هاتفيا من ${b} تناول تطورات الأوضاع في المنطقة.`,
    (a, b, p) => `ومن المقرر أن يستقبل ${a} في ${p} ${b} لبحث الملف ذاته، حسبما ذكرت وكالة الأنباء الرسمية.`,
    (a) => `وقال ${a} إن العلاقات بين البلدين قوية منذ عام 1993.`,
  ],
  en: [
    (a, b, p, d) => `${a} met ${b} in ${p} ${d} and the two leaders discussed trade, energy and regional security.`,
    (a, b, p, d) => `${a} arrived in ${p} ${d} for a two-day visit and told a joint news conference with ${b} that ties were strong.`,
    (a, b, _p, d) => `${a} spoke by phone with ${b} ${d} about the latest developments in the region, officials said.`,
    (a, b, p) => `${a} is expected to host ${b} in ${p} next month, according to Reuters.`,
    (a) => `${a} said relations between the two countries dated back to 1993.`,
  ],
};

const NOISE: Record<Language, string[]> = {
  fa: ['صفحه اصلی | سیاسی | اقتصادی | ورزشی', 'اخبار مرتبط\nدیدار وزیر خارجه با سفیر چین\nسفر رئیس مجلس به مسکو\nامضای تفاهم‌نامه همکاری', 'نظرات شما - 3\nکاربر: امیدوارم این دیدار نتیجه بدهد.', 'کلیه حقوق این سایت محفوظ است.'],
  ar: ['الرئيسية\nسياسة\nاقتصاد', 'مقالات ذات صلة\nالسيسي يلتقي وفدا أمريكيا\nزيارة مرتقبة لوزير الخارجية', 'التعليقات\nأحمد: نتمنى أن تنجح الزيارة', 'جميع الحقوق محفوظة 2025'],
  en: ['Home | World | Business | Markets', 'Related coverage\nPutin meets Xi in Beijing\nMacron to visit Lebanon next week\nSaudi crown prince hosts Zelensky', 'Comments (2)\nReader: nothing will change after this meeting.', '© 2025 Example News. All rights reserved.'],
};

function article(language: Language): string {
  const names = NAMES[language], places = PLACES[language];
  const parts: string[] = [pick(NOISE[language]).split('\n')[0]!];
  const a = pick(names), b = pick(names);
  parts.push(`${a} ${pick(DAYS[language])}`);
  for (let k = 0, n = 3 + rand(6); k < n; k++) {
    parts.push(pick(BODY[language])(pick([a, b, pick(names)]), pick([b, pick(names)]), pick(places), pick(DAYS[language])));
  }
  for (let k = 0, n = 1 + rand(3); k < n; k++) parts.push(pick(NOISE[language]));
  return parts.join('\n\n');
}

const LANGS: readonly Language[] = ['fa', 'ar', 'en'];
const PUBLISHED = ['2025-10-15', '2025-07-31', '2025-12-24', '2024-04-22', '2025-01-17'];
const corpus = Array.from({ length: ARTICLES }, (_, i) => ({ text: article(LANGS[i % 3]!), publishedAt: pick(PUBLISHED) }));
const totalKb = corpus.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0) / 1024;

// Warm up: the first call builds the lexicon automaton and compiles the patterns.
const w0 = performance.now();
extract(corpus[0]!.text, { publishedAt: corpus[0]!.publishedAt });
const warmMs = performance.now() - w0;

let events = 0;
const c0 = process.cpuUsage();
const t0 = performance.now();
for (const a of corpus) events += extract(a.text, { publishedAt: a.publishedAt }).events.length;
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
// CPU time of this process: what one core spends, also on a machine busy with other work
// (wall time then counts the time other processes hold the core).
const cpuMs = (cpu.user + cpu.system) / 1000;

const line = (label: string, t: number): string =>
  `  ${label.padEnd(5)} ${((ARTICLES / t) * 1000).toFixed(0).padStart(6)} articles/s   ${(t / totalKb).toFixed(3)} ms/KB   ${(t / ARTICLES).toFixed(2)} ms/article`;
process.stdout.write(
  [
    `Extracted ${ARTICLES} articles (fa/ar/en, ${totalKb.toFixed(0)} KB UTF-8, ${events} events) on one core: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (first call ${warmMs.toFixed(0)} ms, not counted).`,
    line('CPU', cpuMs),
    line('wall', ms),
    '  (target ≥ 500 articles/s, aim 2,000)',
  ].join('\n') + '\n',
);
