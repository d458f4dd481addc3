// Persian time vocabulary. Forms are written as Persian writers spell them; the parsers normalize
// them (آ→ا, ي→ی, ZWNJ→space), and multi-word forms also match glued ("سهشنبه", "مهرماه").
// Sources: the Solar Hijri month names of the Iranian civil calendar; Persian spellings of the
// Gregorian months as used by IRNA, ISNA, BBC Persian (several coexist: ژوئیه / جولای, اوت / آگوست).
import type { DatePart } from '../../time/types.ts';
import type {
  AgoTable,
  MonthEntry,
  MonthNameTable,
  Qualifier,
  RelativeTable,
  WeekdayTable,
  YearTable,
} from '../../time/tables.ts';
import { wordsPattern } from '../../time/patterns.ts';
import type { DateCalendar } from '../../time/types.ts';

const solar = (month: number, ambiguity?: MonthEntry['ambiguity']): MonthEntry =>
  ambiguity ? { calendar: 'solar-hijri', month, ambiguity } : { calendar: 'solar-hijri', month };
const gregorian = (month: number, ambiguity?: MonthEntry['ambiguity']): MonthEntry =>
  ambiguity ? { calendar: 'gregorian', month, ambiguity } : { calendar: 'gregorian', month };

/** Solar Hijri months. WEAK: also a common word or name (مهر seal, تیر arrow, دی, بهمن, آذر names). */
export const FA_SOLAR_MONTHS = {
  فروردین: solar(1),
  اردیبهشت: solar(2),
  خرداد: solar(3),
  تیر: solar(4, 'WEAK'),
  مرداد: solar(5),
  امرداد: solar(5),
  شهریور: solar(6),
  مهر: solar(7, 'WEAK'),
  آبان: solar(8),
  آذر: solar(9, 'WEAK'),
  دی: solar(10, 'WEAK'),
  بهمن: solar(11, 'WEAK'),
  اسفند: solar(12),
} as const satisfies Record<string, MonthEntry>;

/** Gregorian months in Persian. STRONG: "می" is also the verb prefix (می شود), "مه" fog. */
export const FA_GREGORIAN_MONTHS = {
  ژانویه: gregorian(1),
  ژانویهٔ: gregorian(1),
  ژانوِیه: gregorian(1),
  فوریه: gregorian(2),
  فبریه: gregorian(2),
  مارس: gregorian(3),
  مارچ: gregorian(3),
  آوریل: gregorian(4),
  آپریل: gregorian(4),
  مه: gregorian(5, 'STRONG'),
  می: gregorian(5, 'STRONG'),
  ژوئن: gregorian(6),
  ژوین: gregorian(6),
  جون: gregorian(6, 'WEAK'),
  ژوئیه: gregorian(7),
  ژوییه: gregorian(7),
  ژولای: gregorian(7),
  جولای: gregorian(7),
  اوت: gregorian(8),
  آگوست: gregorian(8),
  آگست: gregorian(8),
  اگوست: gregorian(8),
  سپتامبر: gregorian(9),
  اکتبر: gregorian(10),
  اُکتبر: gregorian(10),
  نوامبر: gregorian(11),
  نوامبـر: gregorian(11),
  دسامبر: gregorian(12),
} as const satisfies Record<string, MonthEntry>;

/** Parts of a month or year: "اواخر مهر", "اوایل سال 2019". */
export const FA_PARTS = {
  اوایل: 'EARLY',
  اوائل: 'EARLY',
  ابتدای: 'EARLY',
  آغاز: 'EARLY',
  'نیمه اول': 'EARLY',
  اواسط: 'MID',
  میانه: 'MID',
  نیمه: 'MID',
  اواخر: 'LATE',
  پایان: 'LATE',
  انتهای: 'LATE',
  'نیمه دوم': 'LATE',
} as const satisfies Record<string, DatePart>;

/** Years relative to publication, after a month: "دسامبر سال گذشته", "مهر ماه سال جاری". */
const FA_YEAR_QUALIFIERS = {
  'سال گذشته': { yearShift: -1 },
  'سال قبل': { yearShift: -1 },
  'سال پیش': { yearShift: -1 },
  'سال گذشته میلادی': { yearShift: -1 },
  پارسال: { yearShift: -1 },
  امسال: { yearShift: 0 },
  'سال جاری': { yearShift: 0 },
  'سال جاری میلادی': { yearShift: 0 },
  'همین سال': { yearShift: 0 },
  'سال آینده': { yearShift: 1 },
  'سال بعد': { yearShift: 1 },
  'سال آتی': { yearShift: 1 },
  'سال آینده میلادی': { yearShift: 1 },
} as const satisfies Record<string, Qualifier>;

export const FA_YEAR_SUFFIXES = {
  میلادی: 'gregorian',
  شمسی: 'solar-hijri',
  خورشیدی: 'solar-hijri',
  'هجری شمسی': 'solar-hijri',
  'ه.ش': 'solar-hijri',
  'ه. ش': 'solar-hijri',
  'ه ش': 'solar-hijri',
  'هـ.ش': 'solar-hijri',
  قمری: 'hijri-lunar',
  'هجری قمری': 'hijri-lunar',
  'ه.ق': 'hijri-lunar',
  'ه. ق': 'hijri-lunar',
  'ه ق': 'hijri-lunar',
} as const satisfies Record<string, DateCalendar>;

/** Everything of a month-name date but the months themselves, shared by the Solar and Gregorian parsers. */
export const FA_MONTH_CONTEXT: Omit<MonthNameTable, 'months'> = {
  prepositions: ['در', 'از', 'تا', 'طی', 'برای', 'پس از', 'بعد از', 'پیش از', 'قبل از', 'از اول', 'در روز'],
  monthWords: ['ماه'],
  parts: FA_PARTS,
  beforeQualifiers: {},
  afterQualifiers: {
    گذشته: { direction: 'PAST' },
    آینده: { direction: 'FUTURE' },
    'پیش رو': { direction: 'FUTURE' },
    آتی: { direction: 'FUTURE' },
    ...FA_YEAR_QUALIFIERS,
  },
  yearPrefixes: ['سال'],
  yearSuffixes: FA_YEAR_SUFFIXES,
  dayJoiners: [],
  rangeSeparators: ['-', '–', 'تا', 'و'],
  dayWords: { اول: 1, یکم: 1, دوم: 2, سوم: 3, چهارم: 4, پنجم: 5, ششم: 6, هفتم: 7, هشتم: 8, نهم: 9, دهم: 10 },
  daySuffix: '',
  glue: true,
  caseless: false,
};

/** Weekdays, Sunday = 0. A lost ZWNJ glues "سه شنبه" into "سهشنبه"; both match. */
export const FA_WEEKDAYS = {
  یکشنبه: 0,
  'یک شنبه': 0,
  دوشنبه: 1,
  'دو شنبه': 1,
  'سه شنبه': 2,
  چهارشنبه: 3,
  'چهار شنبه': 3,
  پنجشنبه: 4,
  'پنج شنبه': 4,
  جمعه: 5,
  شنبه: 6,
} as const satisfies Record<string, number>;

/** The Iranian week starts on Saturday. */
export const FA_WEEK_START = 6;

export const FA_WEEKDAY_TABLE: WeekdayTable = {
  weekdays: FA_WEEKDAYS,
  ambiguous: [],
  prefixes: {
    روز: null,
    این: null,
    صبح: null,
    'صبح روز': null,
    عصر: null,
    'عصر روز': null,
    ظهر: null,
    'ظهر روز': null,
    بامداد: null,
    'بامداد روز': null,
    'بعد از ظهر': null,
    'بعد از ظهر روز': null,
    امروز: { dayShift: 0 },
    دیروز: { dayShift: -1 },
    پریروز: { dayShift: -2 },
    فردا: { dayShift: 1 },
    'پس فردا': { dayShift: 2 },
  },
  suffixes: {
    گذشته: { direction: 'PAST' },
    پیش: { direction: 'PAST' },
    قبل: { direction: 'PAST' },
    آینده: { direction: 'FUTURE' },
    'هفته گذشته': { weekShift: -1 },
    'هفته قبل': { weekShift: -1 },
    'هفته پیش': { weekShift: -1 },
    'این هفته': { weekShift: 0 },
    'همین هفته': { weekShift: 0 },
    'هفته جاری': { weekShift: 0 },
    'هفته آینده': { weekShift: 1 },
    'هفته بعد': { weekShift: 1 },
  },
  // "امام جمعه" (Friday prayer leader), "نماز جمعه" (Friday prayer) name no day.
  notAfter: wordsPattern(['امام', 'نماز', 'ائمه', 'خطبه', 'خطبه های', 'خطیب', 'اقامه']),
  weekStart: FA_WEEK_START,
  glue: true,
  caseless: false,
};

/** Counts that make "ماه گذشته" a duration ("سه ماه گذشته", the past three months). */
const FA_COUNT_WORDS = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده', 'یازده', 'دوازده', 'چند', 'چندین'] as const;

export const FA_RELATIVE_TABLE: RelativeTable = {
  phrases: {
    امروز: { unit: 'DAY', shift: 0 },
    امشب: { unit: 'DAY', shift: 0 },
    دیروز: { unit: 'DAY', shift: -1 },
    دیشب: { unit: 'DAY', shift: -1 },
    // In news Persian "روز گذشته" is yesterday.
    'روز گذشته': { unit: 'DAY', shift: -1 },
    پریروز: { unit: 'DAY', shift: -2 },
    پریشب: { unit: 'DAY', shift: -2 },
    فردا: { unit: 'DAY', shift: 1 },
    'پس فردا': { unit: 'DAY', shift: 2 },
    'هفته گذشته': { unit: 'WEEK', shift: -1 },
    'هفته قبل': { unit: 'WEEK', shift: -1 },
    'هفته پیش': { unit: 'WEEK', shift: -1 },
    'این هفته': { unit: 'WEEK', shift: 0 },
    'هفته جاری': { unit: 'WEEK', shift: 0 },
    'همین هفته': { unit: 'WEEK', shift: 0 },
    'هفته آینده': { unit: 'WEEK', shift: 1 },
    'هفته بعد': { unit: 'WEEK', shift: 1 },
    'ماه گذشته': { unit: 'MONTH', shift: -1 },
    'ماه قبل': { unit: 'MONTH', shift: -1 },
    'ماه پیش': { unit: 'MONTH', shift: -1 },
    'این ماه': { unit: 'MONTH', shift: 0 },
    'ماه جاری': { unit: 'MONTH', shift: 0 },
    'همین ماه': { unit: 'MONTH', shift: 0 },
    'ماه آینده': { unit: 'MONTH', shift: 1 },
    'ماه بعد': { unit: 'MONTH', shift: 1 },
    'ماه گذشته میلادی': { unit: 'MONTH', shift: -1, calendar: 'gregorian' },
    'ماه جاری میلادی': { unit: 'MONTH', shift: 0, calendar: 'gregorian' },
    'ماه آینده میلادی': { unit: 'MONTH', shift: 1, calendar: 'gregorian' },
    'سال گذشته': { unit: 'YEAR', shift: -1 },
    'سال قبل': { unit: 'YEAR', shift: -1 },
    'سال پیش': { unit: 'YEAR', shift: -1 },
    پارسال: { unit: 'YEAR', shift: -1 },
    امسال: { unit: 'YEAR', shift: 0 },
    'سال جاری': { unit: 'YEAR', shift: 0 },
    'همین سال': { unit: 'YEAR', shift: 0 },
    'سال آینده': { unit: 'YEAR', shift: 1 },
    'سال بعد': { unit: 'YEAR', shift: 1 },
    'سال آتی': { unit: 'YEAR', shift: 1 },
    'سال گذشته میلادی': { unit: 'YEAR', shift: -1, calendar: 'gregorian' },
    'سال جاری میلادی': { unit: 'YEAR', shift: 0, calendar: 'gregorian' },
    'امسال میلادی': { unit: 'YEAR', shift: 0, calendar: 'gregorian' },
    'سال آینده میلادی': { unit: 'YEAR', shift: 1, calendar: 'gregorian' },
  },
  parts: FA_PARTS,
  notBefore: `\\d{1,4}|${wordsPattern(FA_COUNT_WORDS)}`,
  notAfter: '',
  // "ماه گذشته", "سال گذشته" in Persian news count Solar months and years unless "میلادی" follows.
  calendar: 'solar-hijri',
  weekStart: FA_WEEK_START,
  glue: true,
  caseless: false,
};

export const FA_AGO_TABLE: AgoTable = {
  numbers: { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, یازده: 11, دوازده: 12, پانزده: 15, بیست: 20, سی: 30 },
  units: { روز: { unit: 'DAY' }, هفته: { unit: 'WEEK' }, ماه: { unit: 'MONTH' }, سال: { unit: 'YEAR' } },
  agoWords: ['پیش', 'قبل'],
  order: 'COUNT_UNIT_AGO',
  notAfter: wordsPattern(['از']),
  calendar: 'solar-hijri',
  weekStart: FA_WEEK_START,
  glue: true,
  caseless: false,
};

export const FA_YEAR_TABLE: YearTable = {
  prefixes: ['سال', 'در سال', 'از سال', 'تا سال', 'طی سال', 'سال های', 'در سال های', 'از سال های'],
  parts: FA_PARTS,
  suffixes: FA_YEAR_SUFFIXES,
  hijriEraYears: 'solar-hijri',
  notAfter: '',
  glue: true,
  caseless: false,
};
