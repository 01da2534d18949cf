/**
 * Questions about the articles themselves rather than what they say: which
 * outlet published one, who wrote it, when, where it was filed, its title
 * ("who wrote the report on the port strike?", «مين كتب خبر الإضراب؟»),
 * and which articles mention something ("which articles mention the CSTO?").
 * Cue words: knowledge/language/article-questions.tsv.
 *
 * A field word alone does not make a question about the article: "Which
 * newspaper published the interview?" may ask what the article says about
 * another paper. Such a question (a field, a topic, no word for the article
 * itself) is answered from both: the article's record, then its text.
 */
import type { QuestionReading } from '../question/read-question.js';
import { asksAboutFuture } from '../question/future-tense.js';
import { isTopicless } from '../question/question-words.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import type { MetadataField } from '../types.js';

type Role = MetadataField | 'publish' | 'reference' | 'weak_reference' | 'list' | 'mention' | 'dateline_word' | 'author_word' | 'title_word';

export type ArticleQuestion =
  | {
      kind: 'metadata';
      fields: MetadataField[];
      /** The question's words that name the article's subject ("the summit"), or ''. */
      topic: string;
      /** The question points at the article itself ("the report", «المقال», "the dateline"): its record answers first. */
      aboutArticle: boolean;
    }
  | { kind: 'list'; topic: string };

let roles: Map<string, Role> | undefined;

function roleOf(token: string): Role | undefined {
  roles ??= languageMap('article-questions.tsv', 2) as Map<string, Role>;
  const forms = isArabicToken(token) ? withoutProclitics(token, 2) : [token];
  for (const form of forms) {
    const role = roles.get(form) ?? roles.get(`ال${form}`);
    if (role) return role;
  }
  return undefined;
}

export function readArticleQuestion(question: string, reading: QuestionReading): ArticleQuestion | null {
  const tokens = rawTokens(normalizeText(question));
  const found = new Set<Role>();
  const topic: string[] = [];
  // The topic keeps the words as the user wrote them ("CSTO", «أوزبكستان»): it is shown back in the answer.
  for (const match of question.normalize('NFKC').matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)) {
    for (const token of rawTokens(normalizeText(match[0]))) {
      const role = roleOf(token);
      if (role) found.add(role);
      else if (!isTopicless(token) && !topic.includes(match[0])) topic.push(match[0]);
    }
  }
  const topicText = topic.join(' ');
  // "When was it published?": "it" is the article when nothing else is named.
  if (found.has('weak_reference') && topic.length === 0) found.add('reference');
  const asksWhich = reading.intent === 'which' || reading.intent === 'what' || tokens.includes('list');
  // "Which articles…", «أي المقالات…», "articles that mention…": the word for articles leads the question or is followed by a
  // verb of mentioning; elsewhere ("…DROP TABLE articles; what did…") it is just a word.
  const listAt = tokens.findIndex((token) => roleOf(token) === 'list');
  const leads = listAt >= 0 && (tokens.slice(0, listAt).every((token) => isTopicless(token) || token === 'list' || token === 'show') || tokens.slice(listAt + 1, listAt + 3).some((token) => roleOf(token) === 'mention'));
  if (leads && (asksWhich || found.has('mention')) && topic.length > 0) return { kind: 'list', topic: topicText };

  const fields = new Set<MetadataField>();
  for (const field of ['outlet', 'author', 'dateline', 'title'] as const) if (found.has(field) || found.has(`${field}_word` as Role)) fields.add(field);
  // "Where was it written?", «من أين كُتب التقرير؟»: a verb of writing asked with "where" asks for the dateline, not the author.
  if (reading.intent === 'where' && fields.has('author') && !found.has('author_word')) {
    fields.delete('author');
    fields.add('dateline');
  }
  const named = found.has('dateline_word') || found.has('author_word') || found.has('title_word');
  // «نشر» also means "spread", "published" also "made public": a publishing verb asks about the record only
  // beside an outlet word or a word for the article, and not in the future ("when will the ministry publish its
  // report?" asks about a plan the articles may tell; every indexed article has been published).
  if (found.has('publish') && (fields.size > 0 || found.has('reference')) && !asksAboutFuture(question)) fields.add(reading.intent === 'when' || reading.type === 'date' ? 'published' : fields.size === 0 ? 'outlet' : [...fields][0]!);
  if (fields.size === 0) return null;
  const aboutArticle = found.has('reference') || named;
  const publisherAsked = fields.has('outlet') && found.has('publish');
  if (!aboutArticle && !publisherAsked && topic.length > 0) return null;
  return { kind: 'metadata', fields: [...fields], topic: topicText, aboutArticle };
}
