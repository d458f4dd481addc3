// Section headers and boilerplate lines of scraped news pages, in Persian, Arabic and English.
// The cleaner runs before the language is known, so every language's vocabulary applies to
// every page. Forms are written in their usual spelling; the cleaner compares them after
// `normalizeForm`, lower case, with punctuation, digits and spaces removed, so "نظرات شما - 10",
// "نظرات شما" and "نظراتشما" are one key.

/**
 * A short line equal to (or starting with) one of these ends the article: what follows is a
 * list of other stories, reader comments, or the site footer.
 * EXAMPLE: "مهمترین اخبار بینالملل", "اخبار مرتبط", "مقالات ذات صلة", "Related articles", "نظرات شما - 10"
 */
export const TAIL_SECTION_HEADERS = [
  // Persian: comments
  'نظرات شما', 'نظرات', 'نظر شما', 'ارسال نظر', 'دیدگاه ها', 'دیدگاه شما', 'دیدگاهتان را بنویسید',
  'نظرات کاربران', 'نظر خود را بنویسید',
  // Persian: other stories
  'اخبار مرتبط', 'خبرهای مرتبط', 'مطالب مرتبط', 'مطالب پیشنهادی', 'پیشنهاد سردبیر', 'اخبار پیشنهادی',
  'پربازدیدترین', 'پربازدیدترین ها', 'پربازدید ها', 'پربازدیدها', 'پر بازدیدترین اخبار', 'پربحث ترین ها',
  'پر بحث ترین ها', 'پربحث ترین', 'آخرین اخبار', 'آخرین خبرها', 'تازه ترین اخبار', 'مهمترین اخبار',
  'مهم ترین اخبار', 'مهمترین خبرها', 'مشاهده مهمترین خبرها', 'برچسب ها', 'کلمات کلیدی', 'اخبار روز',
  'سایر اخبار', 'بیشتر بخوانید',
  // Arabic: comments
  'التعليقات', 'تعليقات', 'اضف تعليقك', 'أضف تعليقك', 'أضف تعليقا', 'اترك تعليقك', 'اترك تعليقا', 'اترك ردا',
  // Arabic: other stories
  'مقالات ذات صلة', 'أخبار ذات صلة', 'اخبار ذات صلة', 'مواضيع ذات صلة', 'مقالات مشابهة', 'أخبار متعلقة',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'آخر الأخبار', 'اخر الاخبار', 'أحدث الأخبار', 'شاهد أيضا',
  'قد يعجبك أيضا', 'كلمات مفتاحية', 'الوسوم', 'اقرأ المزيد',
  // English
  'comments', 'leave a comment', 'leave a reply', 'post a comment', 'join the conversation', 'related',
  'related articles', 'related stories', 'related news', 'related content', 'related coverage', 'more from',
  'more stories', 'more news', 'most read', 'most popular', 'most viewed', 'latest news', 'latest stories',
  'trending', 'trending now', 'recommended', 'recommended for you', 'you may also like', 'you might also like',
  'tags', 'topics', 'sign up for our newsletter', 'newsletter',
] as const;

/**
 * Lines that are dropped wherever they are, without ending the article: share buttons,
 * "read also" links, source and photo credits.
 * EXAMPLE: "اشتراک گذاری", "شارك", "Share this article", "Advertisement"
 */
export const DROP_LINE_HEADERS = [
  'اشتراک گذاری', 'اشتراک', 'چاپ', 'ذخیره', 'لینک کوتاه', 'کپی شد', 'ارسال به دوستان', 'شبکه های اجتماعی',
  'همرسانی', 'بین الملل', 'سیاسی', 'اقتصادی', 'اجتماعی', 'ورزشی', 'فرهنگی',
  'شارك', 'مشاركة', 'طباعة', 'تويتر', 'فيسبوك', 'واتساب', 'تابعونا', 'إعلان', 'اعلان', 'اقرأ أيضا', 'اقرأ ايضا',
  'share', 'share this', 'share this article', 'tweet', 'facebook', 'twitter', 'whatsapp', 'email', 'print',
  'advertisement', 'read also', 'read more', 'see also', 'connect with us', 'follow us', 'skip to content',
  'menu', 'search', 'home', 'subscribe', 'log in', 'sign in',
] as const;

/**
 * Substrings that mark a footer line (copyright, site links); such a line ends the article.
 * EXAMPLE: "کلیه حقوق محفوظ است", "جميع الحقوق محفوظة", "© 2025 Reuters. All rights reserved."
 */
export const FOOTER_MARKERS = [
  'کلیه حقوق', 'تمامی حقوق', 'حقوق این سایت', 'حقوق مادی و معنوی', 'جميع الحقوق', 'جميع حقوق', 'حقوق النشر',
  'all rights reserved', 'copyright ©', '©', 'privacy policy', 'terms of use', 'terms of service',
  'صفحه اصلی |', 'درباره ما |', 'تماس با ما |', 'من نحن |', 'اتصل بنا |', 'about us |', 'contact us |',
] as const;

/**
 * How a byline or credit line starts; the line is not part of the article's prose.
 * EXAMPLE: "(شارك في التغطية أوليسيا أستاخوفا ؛ تحرير ...)", "Reporting by X; Editing by Y"
 */
export const BYLINE_OPENERS = [
  'شارك في التغطية', 'تغطية', 'إعداد', 'تحرير', 'كتابة', 'reporting by', 'additional reporting by',
  'writing by', 'editing by', 'compiled by', 'photo:', 'photograph:', 'منبع:', 'منبع :', 'المصدر:', 'source:',
  'عکس:', 'خبرنگار:', 'ترجمه:',
] as const;
