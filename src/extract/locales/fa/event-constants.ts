// Persian event vocabulary: triggers per event type and the cue words event detection reads.
// General news vocabulary only. Written with ZWNJ or spaces as usual; the matcher also accepts
// the glued forms a lost ZWNJ leaves ("گفتوگو", "میکند").
import type { EventVocabulary, TriggerEntry } from '../../events/vocabulary.ts';

const TRIGGERS: readonly TriggerEntry[] = [
  // MEETING. EXAMPLE: "با همتای روس خود دیدار کرد", "دیدار و گفت‌وگو کردند", "رایزنی کرد"
  { form: 'دیدار', type: 'MEETING', pos: 'NOUN', weight: 0.9 },
  { form: 'ملاقات', type: 'MEETING', pos: 'NOUN', weight: 0.9 },
  { form: 'گفت و گو', type: 'MEETING', pos: 'NOUN', weight: 0.6 },
  { form: 'گفتگو', type: 'MEETING', pos: 'NOUN', weight: 0.6 },
  { form: 'رایزنی', type: 'MEETING', pos: 'NOUN', weight: 0.7 },
  { form: 'مذاکره', type: 'MEETING', pos: 'NOUN', weight: 0.6 },
  { form: 'مذاکرات', type: 'MEETING', pos: 'NOUN', weight: 0.6 },
  { form: 'به حضور پذیرفت', type: 'MEETING', pos: 'VERB', weight: 0.9, flags: ['HOSTS'] },
  // VISIT. EXAMPLE: "به مسکو سفر کرد", "سفر رسمی به آنکارا", "از پایگاه بازدید کرد"
  { form: 'سفر', type: 'VISIT', pos: 'NOUN', weight: 0.8 },
  { form: 'بازدید', type: 'VISIT', pos: 'NOUN', weight: 0.6 },
  { form: 'عازم', type: 'VISIT', pos: 'VERB', weight: 0.7 },
  // "وارد آنکارا شد" (arrived in): weak alone, a visit only with a place ("وارد مرحله جدیدی شد" is none).
  { form: 'وارد', type: 'VISIT', pos: 'VERB', weight: 0.6 },
  // PHONE_CALL. EXAMPLE: "در تماس تلفنی با", "گفت‌وگوی تلفنی", "تلفنی گفتگو کردند"
  { form: 'تماس تلفنی', type: 'PHONE_CALL', pos: 'NOUN', weight: 0.95 },
  { form: 'تماسی تلفنی', type: 'PHONE_CALL', pos: 'NOUN', weight: 0.95 },
  { form: 'گفت و گوی تلفنی', type: 'PHONE_CALL', pos: 'NOUN', weight: 0.95 },
  { form: 'گفتگوی تلفنی', type: 'PHONE_CALL', pos: 'NOUN', weight: 0.95 },
  { form: 'مکالمه تلفنی', type: 'PHONE_CALL', pos: 'NOUN', weight: 0.95 },
  { form: 'تلفنی گفت و گو', type: 'PHONE_CALL', pos: 'VERB', weight: 0.95 },
  { form: 'تلفنی گفتگو', type: 'PHONE_CALL', pos: 'VERB', weight: 0.95 },
  { form: 'تلفنی صحبت', type: 'PHONE_CALL', pos: 'VERB', weight: 0.95 },
  // INVITATION. EXAMPLE: "از احمد الشرع … دعوت کرد", "دعوت رسمی"
  { form: 'دعوت کرد*', type: 'INVITATION', pos: 'VERB', weight: 0.9 },
  { form: 'دعوت می کند', type: 'INVITATION', pos: 'VERB', weight: 0.9 },
  { form: 'دعوت رسمی', type: 'INVITATION', pos: 'NOUN', weight: 0.8 },
  { form: 'دعوت نامه', type: 'INVITATION', pos: 'NOUN', weight: 0.8 },
  { form: 'دعوت', type: 'INVITATION', pos: 'NOUN', weight: 0.6 },
  // PRESS_CONFERENCE. EXAMPLE: "در کنفرانس مطبوعاتی مشترک", "نشست خبری"
  { form: 'کنفرانس مطبوعاتی', type: 'PRESS_CONFERENCE', pos: 'NOUN', weight: 0.95 },
  { form: 'کنفرانس خبری', type: 'PRESS_CONFERENCE', pos: 'NOUN', weight: 0.95 },
  { form: 'نشست خبری', type: 'PRESS_CONFERENCE', pos: 'NOUN', weight: 0.95 },
  { form: 'نشست مطبوعاتی', type: 'PRESS_CONFERENCE', pos: 'NOUN', weight: 0.95 },
  // STATEMENT (a dated, formal statement or warning). EXAMPLE: "در بیانیه‌ای اعلام کرد", "اظهار داشته بود"
  { form: 'بیانیه', type: 'STATEMENT', pos: 'NOUN', weight: 0.8, flags: ['FORMAL'] },
  { form: 'اظهار داشت*', type: 'STATEMENT', pos: 'VERB', weight: 0.6 },
  { form: 'اظهار کرد*', type: 'STATEMENT', pos: 'VERB', weight: 0.6 },
  { form: 'اعلام کرد*', type: 'STATEMENT', pos: 'VERB', weight: 0.6 },
  { form: 'هشدار داد*', type: 'STATEMENT', pos: 'VERB', weight: 0.7 },
  // INTERVIEW. EXAMPLE: "در مصاحبه با شبکه آمریکایی", "در گفت‌وگو با روزنامه"
  { form: 'مصاحبه', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  { form: 'گفت و گو با شبکه', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  { form: 'گفتگو با شبکه', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  { form: 'گفت و گو با روزنامه', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  { form: 'گفتگو با روزنامه', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  { form: 'گفت و گو با خبرگزاری', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  { form: 'گفتگو با خبرگزاری', type: 'INTERVIEW', pos: 'NOUN', weight: 0.9 },
  // AGREEMENT. EXAMPLE: "توافق کردیم که", "به توافق رسیدند", "تفاهم‌نامه‌ای امضا کردند"
  { form: 'توافق کرد*', type: 'AGREEMENT', pos: 'VERB', weight: 0.85, flags: ['FIRST_PERSON'] },
  { form: 'به توافق رسید*', type: 'AGREEMENT', pos: 'VERB', weight: 0.9, flags: ['FIRST_PERSON'] },
  { form: 'موافقت کرد*', type: 'AGREEMENT', pos: 'VERB', weight: 0.6, flags: ['FIRST_PERSON'] },
  { form: 'امضا کرد*', type: 'AGREEMENT', pos: 'VERB', weight: 0.85, flags: ['NEEDS_AGREEMENT_NOUN'] },
  { form: 'امضا شد', type: 'AGREEMENT', pos: 'VERB', weight: 0.85, flags: ['NEEDS_AGREEMENT_NOUN'] },
  { form: 'به امضا رسید*', type: 'AGREEMENT', pos: 'VERB', weight: 0.9, flags: ['NEEDS_AGREEMENT_NOUN'] },
  { form: 'امضای', type: 'AGREEMENT', pos: 'NOUN', weight: 0.8, flags: ['NEEDS_AGREEMENT_NOUN'] },
  { form: 'قرارداد', type: 'AGREEMENT', pos: 'NOUN', weight: 0.7, flags: ['NEEDS_CONCLUSION_VERB'] },
  { form: 'تفاهم نامه', type: 'AGREEMENT', pos: 'NOUN', weight: 0.8, flags: ['NEEDS_CONCLUSION_VERB'] },
  { form: 'توافق نامه', type: 'AGREEMENT', pos: 'NOUN', weight: 0.8, flags: ['NEEDS_CONCLUSION_VERB'] },
  { form: 'سند همکاری', type: 'AGREEMENT', pos: 'NOUN', weight: 0.8, flags: ['NEEDS_CONCLUSION_VERB'] },
  // SUMMIT. EXAMPLE: "اجلاس روسیه و اعراب", "نشست سران"
  { form: 'اجلاس', type: 'SUMMIT', pos: 'NOUN', weight: 0.8 },
  { form: 'نشست سران', type: 'SUMMIT', pos: 'NOUN', weight: 0.9 },
  { form: 'کنفرانس سران', type: 'SUMMIT', pos: 'NOUN', weight: 0.9 },
  // OTHER (sparingly: the fall of a ruler, dated). EXAMPLE: "سقوط بشار اسد در دسامبر"
  { form: 'سقوط', type: 'OTHER', pos: 'NOUN', weight: 0.6, flags: ['NEEDS_ADJACENT_DATE'] },
  { form: 'سرنگونی', type: 'OTHER', pos: 'NOUN', weight: 0.6, flags: ['NEEDS_ADJACENT_DATE'] },
];

export const FA_EVENT_VOCABULARY: EventVocabulary = {
  triggers: TRIGGERS,
  plannedCues: [
    'قرار است', 'قرار شده', 'خواهد', 'خواهند', 'برنامه ریزی شده', 'قصد دارد', 'قصد دارند',
    'می رود', 'آینده', 'پیش رو', 'برگزار می شود', 'برگزار شود',
  ],
  irrealisCues: ['در انتظار', 'منتظر', 'امیدوار', 'امیدواریم', 'مایل', 'خواهان', 'آرزو', 'بی صبرانه'],
  negationCues: ['نکرد', 'نکردند', 'نخواهد', 'نمی کند', 'نشد', 'لغو', 'تکذیب'],
  withMarkers: ['با', 'به همراه'],
  fromMarkers: ['از'],
  topicMarkers: ['درباره', 'در باره', 'در مورد', 'در خصوص', 'پیرامون', 'راجع به', 'علیه'],
  attributionCues: [
    'به گزارش', 'به نقل از', 'به نوشته', 'بنا بر گزارش', 'بر اساس گزارش', 'به گفته',
    'منبع',
  ],
  accompanyCues: ['همراهی', 'همراه', 'به همراه', 'هیات همراه', 'هیئت همراه', 'در التزام'],
  attendanceCues: ['حضور داشتند', 'حضور داشت', 'شرکت داشتند', 'شرکت کردند', 'حضور یافتند'],
  demonstratives: ['این', 'آن', 'همین', 'همان'],
  relativeMarkers: ['که', 'اینکه'],
  sinceCues: ['از زمان', 'از سال', 'از هنگام', 'از دوران'],
  speechVerbs: [
    'گفت', 'افزود', 'گزارش داد', 'گزارش داده بود', 'اظهار داشت', 'تاکید کرد', 'تأکید کرد', 'ادامه داد', 'تصریح کرد', 'خاطرنشان کرد',
    'عنوان کرد', 'توصیف کرد', 'یادآور شد', 'گفته بود', 'تاکید کرده بود', 'اظهار داشته بود',
  ],
  mediaWords: ['شبکه', 'روزنامه', 'تلویزیون', 'خبرگزاری', 'رادیو', 'مجله', 'نشریه', 'پایگاه خبری'],
  agreementNouns: ['توافق', 'قرارداد', 'تفاهم نامه', 'توافق نامه', 'سند', 'پیمان', 'معاهده', 'موافقت نامه', 'یادداشت تفاهم'],
  conclusionVerbs: ['امضا', 'امضای', 'منعقد', 'به امضا رسید', 'به امضا رساندند', 'دست یافتند', 'رسیدند'],
  counterpartPatterns: ['همتای {DEMONYM} خود', 'همتای {DEMONYM}', 'همتایان {DEMONYM} خود'],
  demonyms: {
    'روس': 'russia', 'روسی': 'russia', 'سوری': 'syria', 'ایرانی': 'iran', 'ترک': 'turkey', 'ترکیه ای': 'turkey',
    'آمریکایی': 'united-states', 'امریکایی': 'united-states', 'چینی': 'china', 'مصری': 'egypt',
    'سعودی': 'saudi-arabia', 'عراقی': 'iraq', 'لبنانی': 'lebanon', 'اردنی': 'jordan', 'قطری': 'qatar',
    'اماراتی': 'united-arab-emirates', 'عمانی': 'oman', 'کویتی': 'kuwait', 'بحرینی': 'bahrain',
    'فرانسوی': 'france', 'آلمانی': 'germany', 'انگلیسی': 'united-kingdom', 'بریتانیایی': 'united-kingdom',
    'ایتالیایی': 'italy', 'اسپانیایی': 'spain', 'پاکستانی': 'pakistan', 'هندی': 'india', 'عربی': 'arab-states',
    'اروپایی': 'european-union', 'آفریقایی': 'african-union',
  },
  thenCues: ['در آن زمان', 'در همان زمان', 'آن روز', 'در آن روز'],
  delegationWords: ['هیات', 'هیئت', 'هیأت', 'فرستادگان', 'دو وزیر'],
  jointCues: ['مشترک'],
  withExceptions: [
    'با اشاره', 'با بیان', 'با تاکید', 'با تأکید', 'با تشکر', 'با هدف', 'با وجود', 'با توجه', 'با استناد', 'با ابراز',
    'با اعلام', 'با انتقاد', 'با این حال', 'با این وجود', 'با حضور', 'با حمایت', 'با درخواست', 'با دعوت',
  ],
  receivedCues: ['دریافت', 'دریافت کرد', 'دریافت کرده بود'],
  nounLinks: ['بین', 'میان', 'رسمی', 'دو روزه', 'سه روزه', 'اخیر'],
  placeMarkers: ['در'],
  destinationMarkers: ['به', 'به مقصد'],
  eveCues: ['در آستانه', 'پیش از', 'قبل از'],
  bothSidesWords: ['دو طرف', 'طرفین', 'دو کشور', 'دو رهبر', 'دو وزیر', 'دو رئیس جمهور'],
  participationCues: ['با حضور', 'با مشارکت', 'با شرکت'],
};
