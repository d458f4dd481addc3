// Trigger corpora per language (duckling's Corpus.hs shape): positive examples with the events
// they must give, and a negative corpus of sentences that must give none. The reference date is
// always explicit. Summaries read "TYPE DATE participant,ids STATUS" (ids sorted).
import type { Language } from '../../../src/extract/index.ts';

export interface CorpusCase {
  text: string;
  publishedAt: string;
  /** Every event the text must give, and nothing else. */
  events: string[];
}

export const CORPUS: Record<Language, { positive: CorpusCase[]; negative: CorpusCase[] }> = {
  fa: {
    positive: [
      {
        text: 'سید عباس عراقچی وزیر امور خارجه ایران روز دوشنبه در آنکارا با هاکان فیدان همتای ترکیه‌ای خود دیدار کرد.',
        publishedAt: '2025-03-11',
        events: ['MEETING 2025-03-10 abbas-araghchi,hakan-fidan OCCURRED'],
      },
      {
        text: 'وزیر امور خارجه ایران با همتای روس خود دیدار و گفت‌وگو کرد.',
        publishedAt: '2025-05-20',
        events: ['MEETING - abbas-araghchi,sergey-lavrov OCCURRED'],
      },
      {
        text: 'قرار است مسعود پزشکیان رئیس‌جمهور ایران فردا به دوحه سفر کند.',
        publishedAt: '2025-04-16',
        events: ['VISIT 2025-04-17 masoud-pezeshkian PLANNED'],
      },
      {
        text: 'ولادیمیر پوتین روز سه‌شنبه در تماس تلفنی با رجب طیب اردوغان درباره تحولات منطقه گفت‌وگو کرد.',
        publishedAt: '2025-06-12',
        events: ['PHONE_CALL 2025-06-10 recep-tayyip-erdogan,vladimir-putin OCCURRED'],
      },
      {
        text: 'محمد بن سلمان ولیعهد عربستان امروز از مسعود پزشکیان برای سفر به ریاض دعوت کرد.',
        publishedAt: '2025-04-16',
        events: ['INVITATION 2025-04-16 masoud-pezeshkian,mohammed-bin-salman OCCURRED', 'VISIT - masoud-pezeshkian PLANNED'],
      },
      {
        text: 'اسماعیل بقائی سخنگوی وزارت امور خارجه روز دوشنبه در نشست خبری هفتگی خود به پرسش خبرنگاران پاسخ داد.',
        publishedAt: '2025-05-20',
        events: ['PRESS_CONFERENCE 2025-05-19 esmaeil-baghaei OCCURRED'],
      },
      {
        text: 'عراقچی روز یکشنبه در مصاحبه با شبکه الجزیره گفت ایران به دیپلماسی متعهد است.',
        publishedAt: '2025-05-20',
        events: ['INTERVIEW 2025-05-18 abbas-araghchi,al-jazeera OCCURRED'],
      },
      {
        text: 'وزیران خارجه ایران و عمان روز شنبه در مسقط یک تفاهم‌نامه همکاری امضا کردند.',
        publishedAt: '2025-05-20',
        events: ['AGREEMENT 2025-05-17 iran,oman OCCURRED'],
      },
    ],
    negative: [
      { text: 'عراقچی گفت ایران به دیپلماسی متعهد است و حقوق ملت را کنار نمی‌گذارد.', publishedAt: '2025-05-20', events: [] },
      { text: 'روابط دیپلماتیک دو کشور در سال ۱۹۴۴ برقرار شده است.', publishedAt: '2025-10-15', events: [] },
      { text: 'روابط دمشق و مسکو وارد مرحله جدیدی می‌شود.', publishedAt: '2025-10-15', events: [] },
      { text: 'پوتین با عراقچی دیدار نکرد.', publishedAt: '2025-10-15', events: [] },
      { text: 'بر تداوم تماس‌ها و رایزنی‌ها بین دو کشور تاکید شد.', publishedAt: '2025-10-15', events: [] },
    ],
  },
  ar: {
    positive: [
      {
        text: 'التقى الرئيس الروسي فلاديمير بوتين وزير الخارجية السوري أسعد الشيباني في موسكو يوم الخميس.',
        publishedAt: '2025-07-31',
        events: ['MEETING 2025-07-31 asaad-al-shaibani,vladimir-putin OCCURRED'],
      },
      {
        text: 'وصل وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم إلى بكين في زيارة رسمية.',
        publishedAt: '2025-02-20',
        events: ['VISIT 2025-02-20 faisal-bin-farhan OCCURRED'],
      },
      {
        text: 'تلقى بدر عبد العاطي وزير الخارجية المصري مساء الأحد اتصالا هاتفيا من نظيره الأردني أيمن الصفدي.',
        publishedAt: '2025-06-10',
        events: ['PHONE_CALL 2025-06-08 ayman-safadi,badr-abdelatty OCCURRED'],
      },
      {
        text: 'ومن المقرر أن يستقبل الرئيس عبد الفتاح السيسي يوم الخميس المقبل المبعوث الأمريكي ستيف ويتكوف في القاهرة.',
        publishedAt: '2025-06-10',
        events: ['MEETING 2025-06-12 abdel-fattah-el-sisi,steve-witkoff PLANNED'],
      },
      {
        text: 'وعقد وزير الخارجية العراقي فؤاد حسين مؤتمرا صحفيا مشتركا مع نظيره التركي هاكان فيدان في بغداد اليوم.',
        publishedAt: '2024-04-22',
        events: ['PRESS_CONFERENCE 2024-04-22 fuad-hussein,hakan-fidan OCCURRED'],
      },
      {
        text: 'وقال أحمد أبو الغيط في مقابلة مع قناة العربية يوم الأحد إن القمة نجحت.',
        publishedAt: '2025-05-20',
        events: ['INTERVIEW 2025-05-18 ahmed-aboul-gheit,al-arabiya OCCURRED'],
      },
      {
        text: 'في مايو، حذر وزير الخارجية الروسي من التطهير العرقي.',
        publishedAt: '2025-07-31',
        events: ['STATEMENT 2025-05 sergey-lavrov OCCURRED'],
      },
    ],
    negative: [
      { text: 'وقال لافروف إن العلاقات بين البلدين قوية.', publishedAt: '2025-07-31', events: [] },
      { text: 'دعا رئيس الوزراء العراقي إلى تعزيز العمل العربي المشترك.', publishedAt: '2025-05-18', events: [] },
      { text: 'وقع الحادث في وسط العاصمة دمشق صباح اليوم.', publishedAt: '2025-05-18', events: [] },
      { text: 'لم يلتق بوتين الشيباني في موسكو.', publishedAt: '2025-07-31', events: [] },
      { text: 'إعادة تقييم الاتفاقيات السابقة بين سوريا وروسيا ضرورية.', publishedAt: '2025-07-31', events: [] },
    ],
  },
  en: {
    positive: [
      {
        text: 'Turkish President Recep Tayyip Erdogan met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.',
        publishedAt: '2024-04-23',
        events: ['MEETING 2024-04-22 mohammed-shia-al-sudani,recep-tayyip-erdogan OCCURRED'],
      },
      {
        text: 'U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone on Thursday.',
        publishedAt: '2025-10-17',
        events: ['PHONE_CALL 2025-10-16 donald-trump,vladimir-putin OCCURRED'],
      },
      {
        text: 'Secretary of State Marco Rubio will visit Riyadh on Sunday.',
        publishedAt: '2025-10-17',
        events: ['VISIT 2025-10-19 marco-rubio PLANNED'],
      },
      {
        text: 'Emmanuel Macron invited Lebanese President Joseph Aoun to visit Paris.',
        publishedAt: '2025-01-17',
        events: ['INVITATION - emmanuel-macron,joseph-aoun OCCURRED', 'VISIT - joseph-aoun PLANNED'],
      },
      {
        text: 'Saudi Foreign Minister Faisal bin Farhan and Chinese Foreign Minister Wang Yi signed a memorandum of understanding in Beijing on Thursday.',
        publishedAt: '2025-02-21',
        events: ['AGREEMENT 2025-02-20 faisal-bin-farhan,wang-yi OCCURRED'],
      },
      {
        text: 'In an interview with the BBC on Dec. 30, Antonio Guterres said the world was failing Sudan.',
        publishedAt: '2025-01-08',
        events: ['INTERVIEW 2024-12-30 antonio-guterres,bbc OCCURRED'],
      },
    ],
    negative: [
      { text: 'Lavrov said relations between the two countries were strong.', publishedAt: '2025-07-31', events: [] },
      { text: 'The prime minister called for closer Arab cooperation.', publishedAt: '2025-05-18', events: [] },
      { text: 'Putin did not meet Zelensky in Istanbul.', publishedAt: '2025-05-18', events: [] },
      { text: 'Relations between Russia and Syria date back to 1944.', publishedAt: '2025-10-15', events: [] },
      { text: 'The deal would cut tariffs on steel, analysts said.', publishedAt: '2025-10-15', events: [] },
    ],
  },
};
