// Organizations that are news media: a "talk with" one of them is an interview, not a meeting.
// EXAMPLE: "عراقچی در گفت‌وگو با الجزیره" → INTERVIEW with al-jazeera.
// Stopgap: the lexicon (src/extract/lexicon/organizations.json) has no media flag yet; these are
// its ids of broadcasters, newspapers and news agencies. Replace with the lexicon's flag once it has one.
export const MEDIA_ORGANIZATION_IDS: ReadonlySet<string> = new Set([
  'reuters', 'afp', 'associated-press', 'sana', 'irna', 'tass', 'ria-novosti', 'interfax', 'sputnik', 'rt', 'cbs', 'cnn',
  'nbc', 'fox-news', 'bbc', 'al-jazeera', 'al-arabiya', 'al-mayadeen', 'press-tv', 'fars-news-agency', 'tasnim-news-agency',
  'mehr-news-agency', 'isna', 'anadolu-agency', 'xinhua', 'axios', 'new-york-times', 'washington-post',
  'wall-street-journal', 'bloomberg', 'sky-news', 'asharq-al-awsat', 'kommersant', 'izvestia', 'wafa', 'spa', 'wam', 'qna',
  'mena',
]);
