/**
 * Whether the question names what another article is about. A question about one
 * subject ("how much did the Sfax tram cost?", «متى يفتتح ملعب وهران؟») is often met
 * by a paragraph of the same kind about another (another city's metro cost, another
 * city's stadium): the frame words are there, the subject is not, nor anywhere in
 * that article, while another article's headline names it. A paragraph may leave
 * its subject unsaid; its article, headline or other paragraphs, seldom does.
 *
 * The measure: among the question's words (term groups) that neither the
 * answering article's title, dateline nor any of its paragraphs holds, those another
 * article's title or dateline holds and the dictionary does not list (a name, not a common
 * word a headline happens to use: "second", «عمر»; nor a verb it lists in another
 * form or a dialect word: «طلعت» "went up", whose sense "back" another headline
 * holds); the most specific one's idf
 * as a share of the largest (0: none). A word found through a paraphrase counts
 * as held.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { isInflectedOrDialectWord } from '../question/dialect-words.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { titleTerms } from '../retrieval/article-titles.js';
import { groupPresence } from '../retrieval/evidence.js';
import type { QueryTerm } from '../retrieval/query.js';
import { isCityName, isPlaceName } from '../text/place-names.js';
import { indexTerms } from '../text/tokenize.js';
import type { ArticleHead } from '../types.js';

const cache = new WeakMap<QueryTerm[], Map<ArticleHead, number>>();
const allTitles = new WeakMap<ParagraphIndex, Set<string>>();

/**
 * The terms of every article's titles (both languages) and datelines, built once per index. A dateline is where the
 * report is set, as much its subject as the headline: a question about "the Bizerte tram" is not answered by another
 * city's tram report, though "Bizerte" is only the dateline of the report set there.
 */
function titleWords(index: ParagraphIndex): Set<string> {
  let words = allTitles.get(index);
  if (!words) allTitles.set(index, (words = new Set(index.articles.flatMap((article) => [...titleTerms(article), ...indexTerms(article.meta.dateline ?? '')]))));
  return words;
}

/** Whether the article's title, dateline or any of its paragraphs (both views) holds a term. */
export function articleHolds(index: ParagraphIndex, article: ArticleHead): (term: string) => boolean {
  const keyword = index.keyword;
  // Each paragraph's stems are looked in, not merged into one set: a question asks this of a few words only.
  const paragraphs = article.paragraphs.map((paragraph) => index.paragraphStemIds(paragraph));
  const title = new Set([...titleTerms(article), ...indexTerms(article.meta.dateline ?? '')]);
  return (term) => {
    if (title.has(term)) return true;
    const id = keyword.termId(term);
    return paragraphs.some((stems) => stems.has(id));
  };
}

/**
 * Whether a term stands for the question's own word: the word as typed, its spelling corrected, or its translation
 * (the Arabic question's «الوردي» is the English report's "Pink" line). A paraphrase found through a root or a verb
 * form is not: «ابي» ("I want") meets «الأردن» through a root, «هيفتح» a festival's «افتتاح», and another headline
 * holding that says nothing about what the question names.
 */
function namesItself(term: QueryTerm): boolean {
  return !term.borrowed && ((term.credit ?? 1) >= 1 || term.corrected === true);
}

/**
 * The final yaa the Arabic light stemmer cuts (tokenize.ts: «الثاني» → «ثان»): an ordinal's or an adjective's. A final
 * taa marbuta is not given back: «ميا» would read as «مياه», a word a headline holds as its subject («تحلية مياه العقبة»).
 */
const STEM_ENDINGS = ['ي'];

/**
 * Whether a question word's stem is a common word: the dictionary lists it, or the word it was cut from («ثان» of
 * «الثاني», "second"), unless that word is a place («نيروب» of «نيروبي», which the dictionary lists too).
 */
export function isDictionaryStem(stem: string): boolean {
  if (isDictionaryWord(stem)) return true;
  const words = STEM_ENDINGS.map((ending) => `${stem}${ending}`);
  return words.some(isDictionaryWord) && !words.some((word) => isPlaceName(word) || isCityName(word));
}

export function otherArticleSubject(index: ParagraphIndex, terms: QueryTerm[], article: ArticleHead, ownWordsOnly: boolean): number {
  let byArticle = cache.get(terms);
  if (!byArticle) cache.set(terms, (byArticle = new Map()));
  const cached = byArticle.get(article);
  if (cached !== undefined) return cached;
  const titles = titleWords(index);
  const titled = new Set(terms.filter((term) => namesItself(term) && titles.has(term.term)).map((term) => term.group));
  let specific = 0;
  if (titled.size > 0) {
    const maxIdf = index.keyword.idf('');
    for (const [key, group] of groupPresence(index, terms, articleHolds(index, article), ownWordsOnly)) {
      if (titled.has(key) && group.found === 0 && !isDictionaryStem(key) && !isInflectedOrDialectWord(key)) specific = Math.max(specific, group.weight / maxIdf);
    }
  }
  byArticle.set(article, specific);
  return specific;
}
