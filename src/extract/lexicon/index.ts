// The actor, title and place lexicon: JSON data files in this folder, validated with zod the
// first time they are asked for (one parse per process). General vocabulary only — no article
// facts. The file format is described in ./README.md.
//
// A form that starts with "~" is ambiguous in that language ("~الأسد": al-Assad or "the lion"):
// it counts only next to a title or when the same entity is also named unambiguously in the text.
import { z } from 'zod';
import countriesJson from './countries.json' with { type: 'json' };
import groupsJson from './groups.json' with { type: 'json' };
import organizationsJson from './organizations.json' with { type: 'json' };
import peopleJson from './people.json' with { type: 'json' };
import placesJson from './places.json' with { type: 'json' };
import titlesJson from './titles.json' with { type: 'json' };
import wordsJson from './words.json' with { type: 'json' };

export const OFFICE_KINDS = [
  'HEAD_OF_STATE',
  'HEAD_OF_GOVERNMENT',
  'FOREIGN_MINISTER',
  'DEFENCE_MINISTER',
  'SECRETARY_GENERAL',
  'OTHER',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const PLACE_KINDS = ['CITY', 'COUNTRY', 'SITE', 'REGION'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs');
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
const FORM_LIST = z.array(z.string().min(1)).default([]);
/** Surface forms per language. */
const FORMS = z.object({ fa: FORM_LIST, ar: FORM_LIST, en: FORM_LIST }).strict();
export type Forms = z.infer<typeof FORMS>;

const OFFICE = z
  .object({
    /** One kind, or several for an office that is both (the US president). */
    office: z.union([z.enum(OFFICE_KINDS), z.array(z.enum(OFFICE_KINDS)).min(1)]),
    countryId: ID.optional(),
    orgId: ID.optional(),
    from: DATE,
    /** Exclusive: the holder's last day is the day before (usually the successor's first day). */
    to: DATE.nullable(),
    /** English title as the office is called, e.g. "Supreme Leader", "Foreign Secretary". */
    title: z.string().optional(),
    approximate: z.boolean().optional(),
  })
  .strict()
  .refine((o) => (o.countryId === undefined) !== (o.orgId === undefined), 'an office has exactly one of countryId, orgId')
  .refine((o) => o.to === null || o.from < o.to, 'an office ends after it starts');
export type OfficeRecord = z.infer<typeof OFFICE>;

const PERSON = z
  .object({
    id: ID,
    name: z.string().min(1),
    kind: z.literal('PERSON'),
    countryId: ID.nullable(),
    forms: FORMS,
    offices: z.array(OFFICE).default([]),
  })
  .strict();
export type PersonEntry = z.infer<typeof PERSON>;

const ORGANIZATION = z
  .object({
    id: ID,
    name: z.string().min(1),
    kind: z.literal('ORGANIZATION'),
    countryId: ID.nullable(),
    /** A news agency, broadcaster or newspaper: "talking to" it is an interview. */
    media: z.boolean().optional(),
    forms: FORMS,
  })
  .strict();
export type OrganizationEntry = z.infer<typeof ORGANIZATION>;

const COUNTRY = z
  .object({
    id: ID,
    name: z.string().min(1),
    kind: z.literal('COUNTRY'),
    forms: FORMS,
    /** Adjectives and demonyms ("روس", "الروسي", "Russian"): used with titles, never an actor alone. */
    adjectives: FORMS,
    capitalId: ID.optional(),
  })
  .strict();
export type CountryEntry = z.infer<typeof COUNTRY>;

const GROUP = z.object({ id: ID, name: z.string().min(1), kind: z.literal('GROUP'), forms: FORMS }).strict();
export type GroupEntry = z.infer<typeof GROUP>;

const PLACE = z
  .object({
    id: ID,
    name: z.string().min(1),
    kind: z.enum(['CITY', 'SITE', 'REGION']),
    countryId: ID.nullable(),
    /** The place (city) a site lies in: the Kremlin within Moscow. */
    within: ID.optional(),
    forms: FORMS,
  })
  .strict();
export type PlaceEntry = z.infer<typeof PLACE>;

const TITLE = z
  .object({
    id: ID,
    office: z.enum(OFFICE_KINDS),
    /** English title; also the office title looked for first when resolving ("President" finds Iran's president, not its Supreme Leader). */
    role: z.string().min(1),
    /** Kinds tried after `office` when no holder is found ("UN chief" → SECRETARY_GENERAL). */
    fallback: z.array(z.enum(OFFICE_KINDS)).default([]),
    /** Country or organization the title implies ("Secretary of State" → united-states). */
    countryId: ID.optional(),
    orgId: ID.optional(),
    /** Only counts with a country, adjective or organization next to it ("رئیس سوریه", not "رئیس اداره"). */
    needsScope: z.boolean().default(false),
    /** Names a particular office well enough to introduce a person missing from the lexicon in fa/ar without a country. */
    specific: z.boolean().default(false),
    forms: FORMS,
  })
  .strict();
export type TitleEntry = z.infer<typeof TITLE>;

const LANG_WORDS = z.object({ fa: FORM_LIST, ar: FORM_LIST, en: FORM_LIST }).strict();
const WORDS = z
  .object({
    /** Words allowed between a title and its country, adjective or organization. */
    connectors: LANG_WORDS,
    /** Words that make a title someone else's ("deputy", "former"), with the English word they add to the role. */
    modifiers: z.array(z.object({ en: z.string(), position: z.enum(['before', 'after']), forms: FORMS }).strict()),
    /** Words skipped in front of a modifier when looking back ("the", "to", "اول"). */
    modifierSkips: LANG_WORDS,
    /** Honorifics allowed between a title and the name that follows ("Sheikh", "الشيخ"). */
    honorifics: LANG_WORDS,
    /** Words for a community of a nationality ("جامعه سوری", "الجالية السورية", "Syrian community"). */
    community: LANG_WORDS,
    /** Words saying where such a community lives ("مقیم", "في", "in"). */
    residence: LANG_WORDS,
    /** Words joining two titles that share one country ("وزیر امور خارجه و وزیر دفاع سوریه"). */
    conjunctions: LANG_WORDS,
    /** Words in a government phrase ("وزیر خارجه دولت الجولانی"). */
    government: LANG_WORDS,
    /** Common words that are never part of a person's name (for titled people missing from the lexicon). */
    stopwords: LANG_WORDS,
    /** Name particles ("bin", "ابو", "عبد") that let a name run on. */
    particles: LANG_WORDS,
  })
  .strict();
export type LexiconWords = z.infer<typeof WORDS>;

export interface Lexicon {
  people: PersonEntry[];
  organizations: OrganizationEntry[];
  countries: CountryEntry[];
  groups: GroupEntry[];
  places: PlaceEntry[];
  titles: TitleEntry[];
  words: LexiconWords;
}

function parseFile<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? `${issue.path.join('.')}: ${issue.message}` : result.error.message;
    throw new TypeError(`Invalid lexicon file ${file} at ${where}`);
  }
  return result.data;
}

let cached: Lexicon | undefined;

/** The validated lexicon, parsed on first use. Throws `TypeError` naming the file and path when a file is malformed. */
export function getLexicon(): Lexicon {
  cached ??= {
    people: parseFile('people.json', z.array(PERSON), peopleJson),
    organizations: parseFile('organizations.json', z.array(ORGANIZATION), organizationsJson),
    countries: parseFile('countries.json', z.array(COUNTRY), countriesJson),
    groups: parseFile('groups.json', z.array(GROUP), groupsJson),
    places: parseFile('places.json', z.array(PLACE), placesJson),
    titles: parseFile('titles.json', z.array(TITLE), titlesJson),
    words: parseFile('words.json', WORDS, wordsJson),
  };
  return cached;
}

/** Splits a lexicon form into its text and whether it is marked ambiguous with a leading "~". */
export function parseForm(form: string): { form: string; ambiguous: boolean } {
  return form.startsWith('~') ? { form: form.slice(1), ambiguous: true } : { form, ambiguous: false };
}
