// Corpora for the actor recognizer, as data (duckling's Corpus.hs): each case is a sentence, the
// language and the article date, the mentions that must be found and the actors that must not.
// General sentences written for these tests; the dates are explicit "now"s.
import type { Language } from '../../../src/extract/types.ts';

export interface ExpectedMention {
  actorId: string;
  via?: 'NAME' | 'TITLE' | 'TITLED_UNKNOWN';
  /** The mention's text, exactly. */
  text?: string;
  name?: string;
  office?: { kind: string; countryId?: string | null; orgId?: string; title?: string };
}

export interface ActorCase {
  /** What the case is about. */
  about: string;
  language: Language;
  date: string | null;
  text: string;
  expect: ExpectedMention[];
  /** Actor ids that must not be found. */
  absent?: string[];
}

export const faCorpus: ActorCase[] = [
  {
    about: 'name with its title after, and a second name',
    language: 'fa',
    date: '2025-07-31',
    text: 'ولادیمیر پوتین، رئیس‌جمهور روسیه، با اسعد الشیبانی دیدار کرد.',
    expect: [
      { actorId: 'vladimir-putin', via: 'NAME', text: 'ولادیمیر پوتین', office: { kind: 'HEAD_OF_STATE', countryId: 'russia' } },
      { actorId: 'asaad-al-shaibani', via: 'NAME' },
    ],
    absent: ['russia'],
  },
  {
    about: 'glued title (lost ZWNJ) resolved to the holder',
    language: 'fa',
    date: '2025-10-15',
    text: 'رئیسجمهور روسیه در این دیدار گفت روابط دو کشور ویژه است.',
    expect: [{ actorId: 'vladimir-putin', via: 'TITLE', text: 'رئیسجمهور روسیه' }],
  },
  {
    about: 'the US president in 2019',
    language: 'fa',
    date: '2019-06-01',
    text: 'رئیس‌جمهور آمریکا درباره تحریم‌ها سخن گفت.',
    expect: [{ actorId: 'donald-trump', via: 'TITLE' }],
  },
  {
    about: 'the US president in 2022',
    language: 'fa',
    date: '2022-06-01',
    text: 'رئیس‌جمهور آمریکا درباره تحریم‌ها سخن گفت.',
    expect: [{ actorId: 'joe-biden', via: 'TITLE' }],
  },
  {
    about: 'the Iranian foreign minister in 2023',
    language: 'fa',
    date: '2023-06-01',
    text: 'وزیر امور خارجه ایران به مسکو رفت.',
    expect: [{ actorId: 'hossein-amir-abdollahian', via: 'TITLE', office: { kind: 'FOREIGN_MINISTER', countryId: 'iran' } }],
  },
  {
    about: 'the Iranian foreign minister in 2025',
    language: 'fa',
    date: '2025-06-01',
    text: 'وزیر امور خارجه ایران به مسکو رفت.',
    expect: [{ actorId: 'abbas-araghchi', via: 'TITLE' }],
  },
  {
    about: 'two titles joined by "and" share the country',
    language: 'fa',
    date: '2025-12-23',
    text: 'وزیر امور خارجه و وزیر دفاع دولت موقت سوریه با پوتین دیدار کردند.',
    expect: [
      { actorId: 'asaad-al-shaibani', via: 'TITLE', office: { kind: 'FOREIGN_MINISTER', countryId: 'syria' } },
      { actorId: 'murhaf-abu-qasra', via: 'TITLE', office: { kind: 'DEFENCE_MINISTER', countryId: 'syria' } },
      { actorId: 'vladimir-putin', via: 'NAME' },
    ],
  },
  {
    about: 'a government named after its head gives the title its country',
    language: 'fa',
    date: '2025-07-31',
    text: 'وزیر خارجه دولت الجولانی به مسکو سفر کرد.',
    expect: [{ actorId: 'asaad-al-shaibani', via: 'TITLE' }],
    absent: ['ahmed-al-sharaa'],
  },
  {
    about: 'a title without country takes it from the name before it',
    language: 'fa',
    date: '2025-10-15',
    text: 'آندری بلوسوف وزیر دفاع و یوری اوشاکوف دستیار رئیس جمهور در دیدار حضور داشتند.',
    expect: [
      { actorId: 'andrey-belousov', office: { kind: 'DEFENCE_MINISTER', countryId: 'russia' } },
      { actorId: 'yuri-ushakov', office: { kind: 'OTHER', title: 'Aide to the President' } },
    ],
    absent: ['vladimir-putin'],
  },
  {
    about: 'a deputy is not the minister',
    language: 'fa',
    date: '2025-03-01',
    text: 'معاون وزیر امور خارجه روسیه گفت مذاکرات ادامه دارد.',
    expect: [],
    absent: ['sergey-lavrov'],
  },
  {
    about: 'nicknames and transliteration variants of one person',
    language: 'fa',
    date: '2025-10-15',
    text: 'احمد الشرع ملقب به ابو محمد جولانی و ابومحمد الجولانی همان الجولانی است.',
    expect: [
      { actorId: 'ahmed-al-sharaa', text: 'احمد الشرع' },
      { actorId: 'ahmed-al-sharaa', text: 'ابو محمد جولانی' },
      { actorId: 'ahmed-al-sharaa', text: 'ابومحمد الجولانی' },
      { actorId: 'ahmed-al-sharaa', text: 'الجولانی' },
    ],
  },
  {
    about: 'a titled person missing from the lexicon',
    language: 'fa',
    date: '2025-03-01',
    text: 'وزیر امور خارجه تونس نبیل عمار روز دوشنبه به تهران رفت.',
    expect: [{ actorId: 'nabil-amar', via: 'TITLED_UNKNOWN', text: 'نبیل عمار', office: { kind: 'FOREIGN_MINISTER', countryId: 'tunisia' } }],
  },
  {
    about: 'suffixes written apart do not make a name',
    language: 'fa',
    date: '2025-03-01',
    text: 'پوتینی در کار نیست؛ پوتین‌ها هم نیستند.',
    expect: [],
    absent: ['vladimir-putin'],
  },
  {
    about: 'a title with nothing to resolve it stays silent',
    language: 'fa',
    date: '2025-03-01',
    text: 'رئیس جمهور گفت که رئیس اداره کل ستاد در جلسه بود.',
    expect: [],
  },
  {
    about: 'organizations and groups',
    language: 'fa',
    date: '2025-10-15',
    text: 'خبرگزاری سانا و شبکه سی‌بی‌اس از نشست روسیه و کشورهای عربی در سازمان ملل خبر دادند.',
    expect: [
      { actorId: 'sana', via: 'NAME' },
      { actorId: 'cbs', via: 'NAME' },
      { actorId: 'russia' },
      { actorId: 'arab-states' },
      { actorId: 'united-nations' },
    ],
  },
  {
    about: 'the Supreme Leader, an office with an implied country',
    language: 'fa',
    date: '2024-01-01',
    text: 'رهبر انقلاب در دیدار با مسئولان گفت.',
    expect: [{ actorId: 'ali-khamenei', via: 'TITLE', office: { kind: 'HEAD_OF_STATE', countryId: 'iran' } }],
  },
  {
    about: 'a community of a nationality and where it lives',
    language: 'fa',
    date: '2025-10-15',
    text: 'او با جامعه سوری مقیم روسیه و با جامعه جهانی سخن گفت.',
    expect: [{ actorId: 'syrian-community-in-russia', name: 'Syrian community in Russia', text: 'جامعه سوری مقیم روسیه' }],
    absent: ['russia'],
  },
];

export const arCorpus: ActorCase[] = [
  {
    about: 'clitics glued to names: و، ل، ب',
    language: 'ar',
    date: '2025-07-31',
    text: 'رحب وبوتين بالضيف، وقال لبوتين إن الرئيس أحمد الشرع سيزور موسكو، وأشاد بالشرع.',
    expect: [
      { actorId: 'vladimir-putin', text: 'بوتين' },
      { actorId: 'ahmed-al-sharaa', text: 'أحمد الشرع' },
      { actorId: 'ahmed-al-sharaa', text: 'الشرع' },
    ],
  },
  {
    about: 'title, adjective and name in the Arabic order',
    language: 'ar',
    date: '2025-07-31',
    text: 'التقى وزير الخارجية الروسي سيرغي لافروف مع وزير الخارجية السوري أسعد الشيباني.',
    expect: [
      { actorId: 'sergey-lavrov', via: 'NAME', text: 'سيرغي لافروف', office: { kind: 'FOREIGN_MINISTER', countryId: 'russia' } },
      { actorId: 'asaad-al-shaibani', via: 'NAME', office: { kind: 'FOREIGN_MINISTER', countryId: 'syria' } },
    ],
    absent: ['russia', 'syria'],
  },
  {
    about: 'machine-translated forms',
    language: 'ar',
    date: '2025-07-31',
    text: 'الرئيس روسي فلاديمير بوتين ووزير الخارجية سيرجي لافروف مع آساد الشيباني، وقال إن رئيس سوريا الجديد أحمد الشارا مدعو.',
    expect: [
      { actorId: 'vladimir-putin', office: { kind: 'HEAD_OF_STATE', countryId: 'russia' } },
      { actorId: 'sergey-lavrov', office: { kind: 'FOREIGN_MINISTER', countryId: 'russia' } },
      { actorId: 'asaad-al-shaibani', text: 'آساد الشيباني' },
      { actorId: 'ahmed-al-sharaa', text: 'أحمد الشارا', office: { kind: 'HEAD_OF_STATE', countryId: 'syria' } },
    ],
  },
  {
    about: 'the US president in 2022 and in 2025',
    language: 'ar',
    date: '2022-03-01',
    text: 'قال الرئيس الأمريكي إن المحادثات مستمرة.',
    expect: [{ actorId: 'joe-biden', via: 'TITLE', text: 'الرئيس الأمريكي' }],
  },
  {
    about: 'the US president in 2025',
    language: 'ar',
    date: '2025-03-01',
    text: 'قال الرئيس الأمريكي إن المحادثات مستمرة.',
    expect: [{ actorId: 'donald-trump', via: 'TITLE' }],
  },
  {
    about: 'the Iranian foreign minister in 2023 and 2025',
    language: 'ar',
    date: '2023-02-01',
    text: 'وصل وزير الخارجية الإيراني إلى بيروت.',
    expect: [{ actorId: 'hossein-amir-abdollahian', via: 'TITLE' }],
  },
  {
    about: 'the Iranian foreign minister in 2025',
    language: 'ar',
    date: '2025-02-01',
    text: 'وصل وزير خارجية إيران إلى بيروت.',
    expect: [{ actorId: 'abbas-araghchi', via: 'TITLE' }],
  },
  {
    about: 'a titled person missing from the lexicon',
    language: 'ar',
    date: '2025-02-01',
    text: 'استقبل وزير الخارجية التونسي نبيل عمار يوم الخميس نظيره.',
    expect: [{ actorId: 'nabil-amar', via: 'TITLED_UNKNOWN', name: 'Nabil Amar', office: { kind: 'FOREIGN_MINISTER', countryId: 'tunisia' } }],
  },
  {
    about: 'a deputy with a name is that person, not the minister',
    language: 'ar',
    date: '2025-02-01',
    text: 'قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو مستعدة.',
    expect: [{ actorId: 'sergei-ryabkov', office: { kind: 'OTHER', countryId: 'russia', title: 'Deputy Foreign Minister' } }],
    absent: ['sergey-lavrov'],
  },
  {
    about: 'organization titles with لل and ل',
    language: 'ar',
    date: '2024-05-01',
    text: 'دعا الأمين العام للأمم المتحدة والأمين العام لجامعة الدول العربية إلى التهدئة.',
    expect: [
      { actorId: 'antonio-guterres', via: 'TITLE', office: { kind: 'SECRETARY_GENERAL', countryId: null, orgId: 'united-nations' } },
      { actorId: 'ahmed-aboul-gheit', via: 'TITLE', office: { kind: 'SECRETARY_GENERAL', countryId: null, orgId: 'arab-league' } },
    ],
    absent: ['united-nations', 'arab-league'],
  },
  {
    about: 'an ambiguous short form alone is not a person',
    language: 'ar',
    date: '2024-05-01',
    text: 'سمع الزوار زئير الأسد في حديقة الحيوان.',
    expect: [],
    absent: ['bashar-al-assad'],
  },
  {
    about: 'an ambiguous short form counts when the person is named in full',
    language: 'ar',
    date: '2025-01-10',
    text: 'غادر بشار الأسد دمشق، وقال مسؤولون إن الأسد وصل إلى موسكو.',
    expect: [
      { actorId: 'bashar-al-assad', text: 'بشار الأسد' },
      { actorId: 'bashar-al-assad', text: 'الأسد' },
    ],
  },
  {
    about: 'adjectives and common words are not actors',
    language: 'ar',
    date: '2025-01-10',
    text: 'تدرس اللغة العربية في قاعدة روسية قرب الساحل.',
    expect: [],
    absent: ['al-arabiya', 'russia', 'al-qaeda'],
  },
  {
    about: '"the president" with no country and no name',
    language: 'ar',
    date: '2025-01-10',
    text: 'وقال الرئيس إن الوضع صعب.',
    expect: [],
  },
  {
    about: 'crown prince with an honorific before the name',
    language: 'ar',
    date: '2024-01-10',
    text: 'استقبل ولي العهد السعودي الأمير محمد بن سلمان الوفد.',
    expect: [{ actorId: 'mohammed-bin-salman', text: 'محمد بن سلمان', office: { kind: 'OTHER', countryId: 'saudi-arabia', title: 'Crown Prince' } }],
  },
  {
    about: 'a community of a nationality',
    language: 'ar',
    date: '2025-10-15',
    text: 'التقى الرئيس بالجالية السورية في روسيا.',
    expect: [{ actorId: 'syrian-community-in-russia', text: 'الجالية السورية في روسيا' }],
  },
];

export const enCorpus: ActorCase[] = [
  {
    about: 'adjective, title and name',
    language: 'en',
    date: '2025-07-31',
    text: 'Russian President Vladimir Putin met Syrian Foreign Minister Asaad al-Shaibani in Moscow.',
    expect: [
      { actorId: 'vladimir-putin', via: 'NAME', text: 'Vladimir Putin', office: { kind: 'HEAD_OF_STATE', countryId: 'russia' } },
      { actorId: 'asaad-al-shaibani', via: 'NAME', text: 'Asaad al-Shaibani', office: { kind: 'FOREIGN_MINISTER', countryId: 'syria' } },
    ],
    absent: ['russia', 'syria'],
  },
  {
    about: 'the US president in 2019',
    language: 'en',
    date: '2019-05-01',
    text: 'The talks were welcomed by the US president on Tuesday.',
    expect: [{ actorId: 'donald-trump', via: 'TITLE', text: 'US president' }],
  },
  {
    about: 'the US president in 2022',
    language: 'en',
    date: '2022-05-01',
    text: 'The talks were welcomed by the U.S. president on Tuesday.',
    expect: [{ actorId: 'joe-biden', via: 'TITLE' }],
  },
  {
    about: 'the US president in 2025',
    language: 'en',
    date: '2025-05-01',
    text: 'The talks were welcomed by the American president on Tuesday.',
    expect: [{ actorId: 'donald-trump', via: 'TITLE' }],
  },
  {
    about: 'the Iranian foreign minister in 2023',
    language: 'en',
    date: '2023-05-01',
    text: "Iran's foreign minister arrived in Beirut.",
    expect: [{ actorId: 'hossein-amir-abdollahian', via: 'TITLE' }],
  },
  {
    about: 'the Iranian foreign minister in 2025',
    language: 'en',
    date: '2025-05-01',
    text: 'The Iranian foreign minister arrived in Beirut.',
    expect: [{ actorId: 'abbas-araghchi', via: 'TITLE' }],
  },
  {
    about: 'the President of a country, with "of"',
    language: 'en',
    date: '2025-05-01',
    text: 'He was received by the President of Syria.',
    expect: [{ actorId: 'ahmed-al-sharaa', via: 'TITLE', text: 'President of Syria' }],
  },
  {
    about: 'an unknown titled person with no country',
    language: 'en',
    date: '2025-05-01',
    text: 'Foreign Minister Jane Doe said the border would reopen.',
    expect: [{ actorId: 'jane-doe', via: 'TITLED_UNKNOWN', name: 'Jane Doe', office: { kind: 'FOREIGN_MINISTER', countryId: null } }],
  },
  {
    about: 'an unknown titled person with a country',
    language: 'en',
    date: '2025-05-01',
    text: "Tunisia's foreign minister, Nabil Ammar, and Tunisian Foreign Minister Nabil Ammar are one man.",
    expect: [{ actorId: 'nabil-ammar', via: 'TITLED_UNKNOWN', text: 'Nabil Ammar', office: { kind: 'FOREIGN_MINISTER', countryId: 'tunisia' } }],
  },
  {
    about: 'a name then its title after a comma',
    language: 'en',
    date: '2025-05-01',
    text: "Sergei Lavrov, Russia's foreign minister, said so.",
    expect: [{ actorId: 'sergey-lavrov', office: { kind: 'FOREIGN_MINISTER', countryId: 'russia' } }],
  },
  {
    about: 'a title without country takes the holder’s country',
    language: 'en',
    date: '2018-05-01',
    text: 'President Trump spoke with Secretary of State Mike Pompeo.',
    expect: [
      { actorId: 'donald-trump', text: 'Trump', office: { kind: 'HEAD_OF_STATE', countryId: 'united-states' } },
      { actorId: 'mike-pompeo', office: { kind: 'FOREIGN_MINISTER', countryId: 'united-states' } },
    ],
  },
  {
    about: 'deputies, vice presidents and former holders are not the holder',
    language: 'en',
    date: '2025-05-01',
    text: 'Deputy Foreign Minister Sergei Ryabkov, Vice President JD Vance and former US president Barack Obama; the Russian deputy foreign minister.',
    expect: [
      { actorId: 'sergei-ryabkov', office: { kind: 'OTHER', title: 'Deputy Foreign Minister' } },
      { actorId: 'jd-vance', office: { kind: 'OTHER', title: 'Vice President' } },
      { actorId: 'barack-obama', office: { kind: 'OTHER', title: 'Former President' } },
    ],
    absent: ['sergey-lavrov', 'donald-trump'],
  },
  {
    about: 'organization titles in both orders',
    language: 'en',
    date: '2024-05-01',
    text: 'UN Secretary-General Antonio Guterres and the Secretary-General of the Arab League met.',
    expect: [
      { actorId: 'antonio-guterres', via: 'NAME', office: { kind: 'SECRETARY_GENERAL', orgId: 'united-nations' } },
      { actorId: 'ahmed-aboul-gheit', via: 'TITLE' },
    ],
  },
  {
    about: 'capitals matter for short and common-word forms',
    language: 'en',
    date: '2024-05-01',
    text: 'They told us the turkey was from china; the US and Turkey disagreed, the president said.',
    expect: [{ actorId: 'united-states', text: 'US' }, { actorId: 'turkey', text: 'Turkey' }],
    absent: ['china'],
  },
  {
    about: 'no date: titles stay unresolved',
    language: 'en',
    date: null,
    text: 'The Russian president met the Syrian foreign minister.',
    expect: [],
    absent: ['vladimir-putin', 'asaad-al-shaibani'],
  },
  {
    about: 'a community of a nationality',
    language: 'en',
    date: '2025-10-15',
    text: 'He also met the Lebanese diaspora and the Syrian community in Russia.',
    expect: [
      { actorId: 'lebanese-community', name: 'Lebanese community' },
      { actorId: 'syrian-community-in-russia', text: 'Syrian community in Russia' },
    ],
  },
];
