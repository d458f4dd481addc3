// English time vocabulary. Month and weekday names match capitalized only ("May" the month, not
// "may"; "March" not "march"); function words ("last", "in", "early") match in any case.
import type { DatePart } from '../../time/types.ts';
import type { AgoTable, MonthEntry, MonthNameTable, RelativeTable, WeekdayTable, YearTable } from '../../time/tables.ts';
import { wordsPattern } from '../../time/patterns.ts';

const full = (month: number): MonthEntry => ({ calendar: 'gregorian', month });
const abbr = (month: number): MonthEntry => ({ calendar: 'gregorian', month, abbreviation: true });

export const EN_MONTHS = {
  January: full(1),
  February: full(2),
  March: full(3),
  April: full(4),
  May: full(5),
  June: full(6),
  July: full(7),
  August: full(8),
  September: full(9),
  October: full(10),
  November: full(11),
  December: full(12),
  // Abbreviations, with or without their dot ("Nov. 20", Reuters' "Nov 20"): only next to a day or year.
  Jan: abbr(1),
  Feb: abbr(2),
  Mar: abbr(3),
  Apr: abbr(4),
  Jun: abbr(6),
  Jul: abbr(7),
  Aug: abbr(8),
  Sep: abbr(9),
  Sept: abbr(9),
  Oct: abbr(10),
  Nov: abbr(11),
  Dec: abbr(12),
} as const satisfies Record<string, MonthEntry>;

export const EN_PARTS = {
  early: 'EARLY',
  'the beginning of': 'EARLY',
  'the start of': 'EARLY',
  mid: 'MID',
  'the middle of': 'MID',
  late: 'LATE',
  'the end of': 'LATE',
} as const satisfies Record<string, DatePart>;

export const EN_MONTH_TABLE: MonthNameTable = {
  months: EN_MONTHS,
  prepositions: [
    'in', 'on', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'before', 'after', 'of', 'as of',
    'on the', 'the', 'since the', 'by the', 'from the', 'until the',
  ],
  monthWords: [],
  parts: EN_PARTS,
  beforeQualifiers: {
    last: { direction: 'PAST' },
    'this past': { direction: 'PAST' },
    next: { direction: 'FUTURE' },
    'this coming': { direction: 'FUTURE' },
    coming: { direction: 'FUTURE' },
    this: { yearShift: 0 },
  },
  afterQualifiers: {
    'last year': { yearShift: -1 },
    'of last year': { yearShift: -1 },
    'this year': { yearShift: 0 },
    'of this year': { yearShift: 0 },
    'next year': { yearShift: 1 },
    'of next year': { yearShift: 1 },
  },
  yearPrefixes: ['of'],
  yearSuffixes: { AD: 'gregorian', CE: 'gregorian' },
  dayJoiners: ['of'],
  rangeSeparators: ['-', '–', 'to', 'and', 'through'],
  dayWords: {},
  daySuffix: '(?:st|nd|rd|th)?',
  glue: false,
  caseless: true,
};

export const EN_WEEKDAYS = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
} as const satisfies Record<string, number>;

/** ISO weeks: Monday to Sunday. */
export const EN_WEEK_START = 1;

export const EN_WEEKDAY_TABLE: WeekdayTable = {
  weekdays: EN_WEEKDAYS,
  ambiguous: [],
  prefixes: {
    on: null,
    this: null,
    early: null,
    late: null,
    last: { direction: 'PAST' },
    'this past': { direction: 'PAST' },
    next: { direction: 'FUTURE' },
    'this coming': { direction: 'FUTURE' },
  },
  suffixes: {
    morning: null,
    afternoon: null,
    evening: null,
    night: null,
    'last week': { weekShift: -1 },
    'this week': { weekShift: 0 },
    'next week': { weekShift: 1 },
  },
  notAfter: '',
  weekStart: EN_WEEK_START,
  glue: false,
  caseless: true,
};

export const EN_RELATIVE_TABLE: RelativeTable = {
  phrases: {
    today: { unit: 'DAY', shift: 0 },
    tonight: { unit: 'DAY', shift: 0 },
    'this morning': { unit: 'DAY', shift: 0 },
    'this afternoon': { unit: 'DAY', shift: 0 },
    'this evening': { unit: 'DAY', shift: 0 },
    yesterday: { unit: 'DAY', shift: -1 },
    'last night': { unit: 'DAY', shift: -1 },
    'the day before yesterday': { unit: 'DAY', shift: -2 },
    tomorrow: { unit: 'DAY', shift: 1 },
    'the day after tomorrow': { unit: 'DAY', shift: 2 },
    'this week': { unit: 'WEEK', shift: 0 },
    'earlier this week': { unit: 'WEEK', shift: 0 },
    'later this week': { unit: 'WEEK', shift: 0 },
    'last week': { unit: 'WEEK', shift: -1 },
    'next week': { unit: 'WEEK', shift: 1 },
    'this month': { unit: 'MONTH', shift: 0 },
    'earlier this month': { unit: 'MONTH', shift: 0 },
    'later this month': { unit: 'MONTH', shift: 0 },
    'last month': { unit: 'MONTH', shift: -1 },
    'next month': { unit: 'MONTH', shift: 1 },
    'this year': { unit: 'YEAR', shift: 0 },
    'earlier this year': { unit: 'YEAR', shift: 0 },
    'later this year': { unit: 'YEAR', shift: 0 },
    'last year': { unit: 'YEAR', shift: -1 },
    'the year before last': { unit: 'YEAR', shift: -2 },
    'next year': { unit: 'YEAR', shift: 1 },
  },
  parts: { early: 'EARLY', mid: 'MID', late: 'LATE' },
  // "over the last week", "the past year": a duration, not a calendar unit.
  notBefore: wordsPattern(['the', 'over the', 'for the', 'in the', 'during the'], { caseless: true, glue: false }),
  notAfter: '',
  calendar: 'gregorian',
  weekStart: EN_WEEK_START,
  glue: false,
  caseless: true,
};

export const EN_AGO_TABLE: AgoTable = {
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, 'a couple of': 2,
  },
  units: {
    day: { unit: 'DAY' }, days: { unit: 'DAY' }, week: { unit: 'WEEK' }, weeks: { unit: 'WEEK' },
    month: { unit: 'MONTH' }, months: { unit: 'MONTH' }, year: { unit: 'YEAR' }, years: { unit: 'YEAR' },
  },
  agoWords: ['ago'],
  order: 'COUNT_UNIT_AGO',
  notAfter: '',
  calendar: 'gregorian',
  weekStart: EN_WEEK_START,
  glue: false,
  caseless: true,
};

export const EN_YEAR_TABLE: YearTable = {
  prefixes: ['in', 'since', 'during', 'by', 'until', 'till', 'from', 'through', 'of', 'before', 'after', 'as of', 'the year', 'in the year'],
  parts: EN_PARTS,
  suffixes: { AD: 'gregorian', CE: 'gregorian' },
  hijriEraYears: null,
  // "in 2000 homes": a count.
  notAfter: `%|${wordsPattern(
    ['percent', 'people', 'persons', 'troops', 'soldiers', 'cases', 'homes', 'houses', 'families', 'units', 'km',
      'kilometres', 'kilometers', 'miles', 'tons', 'tonnes', 'dollars', 'euros', 'barrels', 'deaths', 'civilians',
      'members', 'residents', 'refugees', 'workers', 'votes', 'metres', 'meters', 'feet'],
    { caseless: true, glue: false },
  )}`,
  glue: false,
  caseless: true,
};
