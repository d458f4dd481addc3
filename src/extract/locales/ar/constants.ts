// Arabic time vocabulary. Forms are written as Arabic writers spell them; the parsers normalize
// them (أ/إ/آ→ا, ي/ى→ی, ة→ه, ك→ک, no diacritics), so "غداً" matches "غدا".
// Gregorian months have two families of names: Levantine and Iraqi (كانون الثاني … كانون الأول)
// and Egyptian and Gulf (يناير … ديسمبر), plus Maghrebi forms (جانفي, غشت, دجنبر); news often
// writes both, "تشرين الأول/أكتوبر". Hijri lunar months are listed to be recognised, not resolved.
import type { DatePart } from '../../time/types.ts';
import type { AgoTable, MonthEntry, MonthNameTable, Qualifier, RelativeTable, WeekdayTable, YearTable } from '../../time/tables.ts';
import { wordsPattern } from '../../time/patterns.ts';
import type { DateCalendar } from '../../time/types.ts';

const g = (month: number, ambiguity?: MonthEntry['ambiguity']): MonthEntry =>
  ambiguity ? { calendar: 'gregorian', month, ambiguity } : { calendar: 'gregorian', month };

/** WEAK: also a common word — آب (as "اب", father), نيسان (a car make), جوان (youth), ماي. */
export const AR_MONTHS = {
  // Levantine / Iraqi
  'كانون الثاني': g(1),
  'كانون ثاني': g(1),
  شباط: g(2),
  آذار: g(3),
  نيسان: g(4, 'WEAK'),
  أيار: g(5),
  حزيران: g(6),
  تموز: g(7),
  آب: g(8, 'WEAK'),
  أيلول: g(9),
  'تشرين الأول': g(10),
  'تشرين أول': g(10),
  'تشرين الثاني': g(11),
  'تشرين ثاني': g(11),
  'كانون الأول': g(12),
  'كانون أول': g(12),
  // Egyptian / Gulf
  يناير: g(1),
  فبراير: g(2),
  مارس: g(3),
  أبريل: g(4),
  إبريل: g(4),
  ابريل: g(4),
  مايو: g(5),
  يونيو: g(6),
  يونيه: g(6),
  يوليو: g(7),
  يوليه: g(7),
  أغسطس: g(8),
  سبتمبر: g(9),
  أكتوبر: g(10),
  نوفمبر: g(11),
  ديسمبر: g(12),
  // Maghrebi
  جانفي: g(1),
  فيفري: g(2),
  أفريل: g(4),
  ماي: g(5, 'WEAK'),
  جوان: g(6, 'WEAK'),
  جويلية: g(7),
  أوت: g(8),
  غشت: g(8),
  شتنبر: g(9),
  نونبر: g(11),
  دجنبر: g(12),
} as const satisfies Record<string, MonthEntry>;

/** Hijri lunar months, for recognising "15 ربيع الآخر 1447 هـ" (not converted). */
export const AR_HIJRI_MONTHS = {
  محرم: 1,
  صفر: 2,
  'ربيع الأول': 3,
  'ربيع الآخر': 4,
  'ربيع الثاني': 4,
  'جمادى الأولى': 5,
  'جمادى الأول': 5,
  'جمادى الآخرة': 6,
  'جمادى الثانية': 6,
  رجب: 7,
  شعبان: 8,
  رمضان: 9,
  شوال: 10,
  'ذو القعدة': 11,
  'ذي القعدة': 11,
  'ذو الحجة': 12,
  'ذي الحجة': 12,
} as const satisfies Record<string, number>;

export const AR_HIJRI_YEAR_SUFFIXES = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة'] as const;

export const AR_PARTS = {
  أوائل: 'EARLY',
  اوايل: 'EARLY',
  مطلع: 'EARLY',
  بداية: 'EARLY',
  مستهل: 'EARLY',
  منتصف: 'MID',
  أواسط: 'MID',
  أواخر: 'LATE',
  نهاية: 'LATE',
  آخر: 'LATE',
} as const satisfies Record<string, DatePart>;

const AR_YEAR_QUALIFIERS = {
  'من العام الماضي': { yearShift: -1 },
  'العام الماضي': { yearShift: -1 },
  'من العام المنصرم': { yearShift: -1 },
  'من السنة الماضية': { yearShift: -1 },
  'من العام الجاري': { yearShift: 0 },
  'من العام الحالي': { yearShift: 0 },
  'من هذا العام': { yearShift: 0 },
  'هذا العام': { yearShift: 0 },
  'من السنة الجارية': { yearShift: 0 },
  'من العام المقبل': { yearShift: 1 },
  'من العام القادم': { yearShift: 1 },
  'العام المقبل': { yearShift: 1 },
} as const satisfies Record<string, Qualifier>;

export const AR_YEAR_SUFFIXES = {
  م: 'gregorian',
  ميلادي: 'gregorian',
  ميلادية: 'gregorian',
  هـ: 'hijri-lunar',
  هجري: 'hijri-lunar',
  هجرية: 'hijri-lunar',
  للهجرة: 'hijri-lunar',
} as const satisfies Record<string, DateCalendar>;

export const AR_MONTH_TABLE: MonthNameTable = {
  months: AR_MONTHS,
  prepositions: ['في', 'منذ', 'حتى', 'خلال', 'قبل', 'بعد', 'بحلول', 'مع', 'من', 'إلى', 'اعتبارا من', 'ابتداء من', 'يوم'],
  monthWords: ['شهر'],
  parts: AR_PARTS,
  beforeQualifiers: {},
  afterQualifiers: {
    الماضي: { direction: 'PAST' },
    المنصرم: { direction: 'PAST' },
    الفائت: { direction: 'PAST' },
    المنقضي: { direction: 'PAST' },
    المقبل: { direction: 'FUTURE' },
    القادم: { direction: 'FUTURE' },
    الجاري: { yearShift: 0 },
    الحالي: { yearShift: 0 },
    ...AR_YEAR_QUALIFIERS,
  },
  yearPrefixes: ['من عام', 'من العام', 'عام', 'العام', 'سنة', 'من سنة'],
  yearSuffixes: AR_YEAR_SUFFIXES,
  dayJoiners: ['من'],
  rangeSeparators: ['-', '–', 'إلى', 'حتى', 'و'],
  dayWords: { أول: 1, الأول: 1 },
  daySuffix: '',
  glue: true,
  caseless: false,
};

export const AR_WEEKDAYS = {
  الأحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
} as const satisfies Record<string, number>;

/** Calendars in most Arab countries start the week on Saturday (the Gulf's on Sunday). */
export const AR_WEEK_START = 6;

export const AR_WEEKDAY_TABLE: WeekdayTable = {
  weekdays: AR_WEEKDAYS,
  // "الأحد" is also "the one" (أحد), "الاثنين" "the two": only with يوم, صباح, الماضي…
  ambiguous: ['الأحد', 'الاثنين', 'الإثنين'],
  prefixes: {
    يوم: null,
    صباح: null,
    'صباح يوم': null,
    مساء: null,
    'مساء يوم': null,
    ظهر: null,
    'ظهر يوم': null,
    عصر: null,
    'عصر يوم': null,
    فجر: null,
    'فجر يوم': null,
    ليل: null,
    اليوم: { dayShift: 0 },
    أمس: { dayShift: -1 },
    'يوم أمس': { dayShift: -1 },
    غدا: { dayShift: 1 },
  },
  suffixes: {
    الماضي: { direction: 'PAST' },
    المنصرم: { direction: 'PAST' },
    الفائت: { direction: 'PAST' },
    المقبل: { direction: 'FUTURE' },
    القادم: { direction: 'FUTURE' },
    'من الأسبوع الماضي': { weekShift: -1 },
    'من الأسبوع الجاري': { weekShift: 0 },
    'من هذا الأسبوع': { weekShift: 0 },
    'من الأسبوع المقبل': { weekShift: 1 },
    'من الأسبوع القادم': { weekShift: 1 },
  },
  // "صلاة الجمعة" (Friday prayer), "خطبة الجمعة" (the Friday sermon), "إمام الجمعة" name no day.
  notAfter: wordsPattern(['صلاة', 'خطبة', 'إمام', 'خطيب', 'أئمة', 'صلوات']),
  weekStart: AR_WEEK_START,
  glue: true,
  caseless: false,
};

export const AR_RELATIVE_TABLE: RelativeTable = {
  phrases: {
    اليوم: { unit: 'DAY', shift: 0 },
    'صباح اليوم': { unit: 'DAY', shift: 0 },
    'مساء اليوم': { unit: 'DAY', shift: 0 },
    الليلة: { unit: 'DAY', shift: 0 },
    أمس: { unit: 'DAY', shift: -1 },
    'يوم أمس': { unit: 'DAY', shift: -1 },
    'صباح أمس': { unit: 'DAY', shift: -1 },
    'مساء أمس': { unit: 'DAY', shift: -1 },
    'ليل أمس': { unit: 'DAY', shift: -1 },
    'ليلة أمس': { unit: 'DAY', shift: -1 },
    البارحة: { unit: 'DAY', shift: -1 },
    'أول أمس': { unit: 'DAY', shift: -2 },
    'أول من أمس': { unit: 'DAY', shift: -2 },
    غدا: { unit: 'DAY', shift: 1 },
    الغد: { unit: 'DAY', shift: 1 },
    'صباح الغد': { unit: 'DAY', shift: 1 },
    'بعد غد': { unit: 'DAY', shift: 2 },
    'الأسبوع الماضي': { unit: 'WEEK', shift: -1 },
    'الأسبوع المنصرم': { unit: 'WEEK', shift: -1 },
    'الأسبوع الفائت': { unit: 'WEEK', shift: -1 },
    'هذا الأسبوع': { unit: 'WEEK', shift: 0 },
    'الأسبوع الجاري': { unit: 'WEEK', shift: 0 },
    'الأسبوع الحالي': { unit: 'WEEK', shift: 0 },
    'الأسبوع المقبل': { unit: 'WEEK', shift: 1 },
    'الأسبوع القادم': { unit: 'WEEK', shift: 1 },
    'الشهر الماضي': { unit: 'MONTH', shift: -1 },
    'الشهر المنصرم': { unit: 'MONTH', shift: -1 },
    'الشهر الفائت': { unit: 'MONTH', shift: -1 },
    'هذا الشهر': { unit: 'MONTH', shift: 0 },
    'الشهر الجاري': { unit: 'MONTH', shift: 0 },
    'الشهر الحالي': { unit: 'MONTH', shift: 0 },
    'الشهر المقبل': { unit: 'MONTH', shift: 1 },
    'الشهر القادم': { unit: 'MONTH', shift: 1 },
    'العام الماضي': { unit: 'YEAR', shift: -1 },
    'العام المنصرم': { unit: 'YEAR', shift: -1 },
    'العام الفائت': { unit: 'YEAR', shift: -1 },
    'السنة الماضية': { unit: 'YEAR', shift: -1 },
    'هذا العام': { unit: 'YEAR', shift: 0 },
    'العام الجاري': { unit: 'YEAR', shift: 0 },
    'العام الحالي': { unit: 'YEAR', shift: 0 },
    'هذه السنة': { unit: 'YEAR', shift: 0 },
    'السنة الجارية': { unit: 'YEAR', shift: 0 },
    'السنة الحالية': { unit: 'YEAR', shift: 0 },
    'العام المقبل': { unit: 'YEAR', shift: 1 },
    'العام القادم': { unit: 'YEAR', shift: 1 },
    'السنة المقبلة': { unit: 'YEAR', shift: 1 },
    'السنة القادمة': { unit: 'YEAR', shift: 1 },
  },
  parts: AR_PARTS,
  // "في ذلك اليوم" (on that day), "نفس اليوم" (the same day) count from the story, not from publication.
  notBefore: wordsPattern(['ذلك', 'تلك', 'نفس', 'ذات']),
  // "اليوم التالي" (the next day), "اليوم الوطني" (the national day) are no today.
  notAfter: wordsPattern([
    'التالي', 'الأول', 'الثاني', 'الثالث', 'الأخير', 'السابق', 'الموالي', 'الوطني', 'العالمي', 'الدولي',
    'نفسه', 'ذاته', 'الذي', 'التي', 'المشهود', 'الموعود',
  ]),
  calendar: 'gregorian',
  weekStart: AR_WEEK_START,
  glue: true,
  caseless: false,
};

export const AR_AGO_TABLE: AgoTable = {
  numbers: {
    ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6, سبعة: 7, سبع: 7,
    ثمانية: 8, ثماني: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10,
  },
  units: {
    يوم: { unit: 'DAY', count: 1 },
    يومين: { unit: 'DAY', count: 2 },
    أيام: { unit: 'DAY' },
    يوما: { unit: 'DAY' },
    أسبوع: { unit: 'WEEK', count: 1 },
    أسبوعين: { unit: 'WEEK', count: 2 },
    أسابيع: { unit: 'WEEK' },
    شهر: { unit: 'MONTH', count: 1 },
    شهرين: { unit: 'MONTH', count: 2 },
    أشهر: { unit: 'MONTH' },
    شهور: { unit: 'MONTH' },
    عام: { unit: 'YEAR', count: 1 },
    عامين: { unit: 'YEAR', count: 2 },
    أعوام: { unit: 'YEAR' },
    عاما: { unit: 'YEAR' },
    سنة: { unit: 'YEAR', count: 1 },
    سنتين: { unit: 'YEAR', count: 2 },
    سنوات: { unit: 'YEAR' },
  },
  agoWords: ['قبل', 'منذ'],
  order: 'AGO_COUNT_UNIT',
  // "قبل يوم من الانتخابات" (a day before the elections), "منذ عام 2011", "منذ شهر رمضان".
  notAfter: `\\d|${wordsPattern(['من', 'على', 'واحد', ...Object.keys(AR_MONTHS), ...Object.keys(AR_HIJRI_MONTHS)])}`,
  calendar: 'gregorian',
  weekStart: AR_WEEK_START,
  glue: true,
  caseless: false,
};

export const AR_YEAR_TABLE: YearTable = {
  prefixes: ['عام', 'العام', 'في عام', 'منذ عام', 'حتى عام', 'خلال عام', 'سنة', 'منذ', 'حتى'],
  parts: AR_PARTS,
  suffixes: AR_YEAR_SUFFIXES,
  hijriEraYears: 'hijri-lunar',
  notAfter: '',
  glue: true,
  caseless: false,
};
