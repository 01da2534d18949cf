/**
 * Whether the retrieved evidence answers the question, decided by a small
 * logistic model over features of the best paragraph and its answer unit:
 * how much of the question it covers (paraphrases at their credit), whether the
 * names the question is about are there (a question about one minister's visits is
 * not answered by another's), whether an answer of the asked-for kind is there (a
 * "how many" question needs a number), how much of the question the corpus
 * never mentions, and the wording's closeness.
 *
 * This file reads the features; the model and its weights are in
 * answerability-model.ts.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { foundShare, groupPresence, paragraphStems } from '../retrieval/evidence.js';
import { carriedNameGroups } from '../retrieval/carried-words.js';
import { withLeadWords } from '../retrieval/lead-words.js';
import type { QueryTerm } from '../retrieval/query.js';
import { titleTerms } from '../retrieval/article-titles.js';
import { TUNING } from '../tuning.js';
import type { ArticleHead, Paragraph } from '../types.js';
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import type { AnswerabilityFeatures } from './answerability-model.js';
import { otherArticleSubject } from './article-subject.js';
import { articleTopics } from './article-topic-names.js';

export interface FeatureInput {
  index: ParagraphIndex;
  terms: QueryTerm[];
  /** Term groups that name something the answer must be about. */
  names: ReadonlySet<string>;
  /** Names the question gives that the corpus never mentions. */
  absentNames: ReadonlySet<string>;
  paragraph: Paragraph;
  /** The article the paragraph belongs to: a name it is about may go unsaid in one of its paragraphs. */
  article: ArticleHead;
  /** The paragraph has text in the question's language (its own, or a translation). */
  readable: boolean;
  similarity: number;
  unitCoverage: number;
  /** The question asks for a kind of value and the unit holds none. */
  typeMissing: boolean;
  /** A phrase of the question that the retrieved articles write (a multi-word name) is not in this paragraph. */
  phraseMissing: boolean;
  /** A "how many" question's counted noun is not in the unit. */
  countedMissing: boolean;
  /** The question names, and no article holds, a country or a word the lexicon renders («فرنسا», «طوكيو»): not a spelling the lexicon missed. */
  absentPlace: boolean;
}

/** Letters and digits in one word ("ww2", "covid19", "g20"): a code or a name, never a verb form the lexicon lacks. */
function isCode(key: string): boolean {
  return /\d/.test(key) && /\p{L}/u.test(key);
}

export function answerabilityFeatures(input: FeatureInput): AnswerabilityFeatures {
  const { index, terms, names, paragraph } = input;
  // The headline's words are the subject of every paragraph under it: the paragraph of a report on "the Aqaba
  // desalination project" that gives its yearly output says «المشروع», not the project's full name.
  const inParagraph = paragraphStems(index, paragraph);
  const title = titleTerms(input.article);
  // The lead's words are said of them too, at a credit (lead-words.ts): «ليدز» in the lead, «متوسط الانتظار» later.
  const ownWordsOnly = input.readable && paragraph.translation !== null;
  const said = groupPresence(index, terms, (term) => inParagraph(term) || title.has(term), ownWordsOnly);
  const groups = withLeadWords(index, terms, said, input.article, paragraph, ownWordsOnly);
  const topics = articleTopics(index, terms, names, input.article);
  // A name the article is about, or one the paragraph this one opens on says («وأضاف…» after «قال الوزير…»), may go unsaid.
  const carried = carriedNameGroups(index, terms, names, input.article, paragraph);
  const nameGroups = [...groups.keys()].filter((group) => names.has(group) && !topics.has(group) && !carried.has(group));
  const inCorpus = new Map<string, boolean>();
  for (const term of terms) if (!term.borrowed && !term.sameSense) inCorpus.set(term.group, (inCorpus.get(term.group) ?? false) || index.keyword.documentFrequency(term.term) > 0);
  // A question word the corpus never holds, with no sense or spelling in the paragraph's language (a verb form or a
  // dialect word the lexicon lacks), cannot be judged absent from a paragraph read only in that language: it is
  // unknown, not missing, and weighs less, in the evidence and in the share of words the corpus never uses. A
  // dictionary word (its senses are not in the corpus: the topic is not covered), a name the question gives and a code
  // of letters and digits ("ww2", "g7") count in full.
  const translatedGroups = new Set(terms.filter((term) => term.translated).map((term) => term.group));
  const unknown = (key: string) => !input.readable && !translatedGroups.has(key) && !inCorpus.get(key) && !names.has(key) && !input.absentNames.has(key) && !isDictionaryWord(key) && !isCode(key);
  const judged = new Map([...groups].map(([key, group]) => [key, unknown(key) ? { ...group, weight: group.weight * TUNING.answer.unknownWordWeight } : group]));
  // Question words the corpus never uses: a dictionary word says the topic is not covered ("inflation");
  // another (a dialect form, a typo, an unknown name) says less.
  const absent = (dictionary: boolean) =>
    foundShare(new Map([...judged].map(([key, group]) => [key, { weight: group.weight, found: !inCorpus.get(key) && isDictionaryWord(key) === dictionary ? 1 : 0 }])));
  // The most specific question word the corpus has but this paragraph lacks (a name, a rare term).
  const maxIdf = index.keyword.idf('');
  let missingSpecific = 0;
  for (const [key, group] of groups) if (inCorpus.get(key) && group.found === 0) missingSpecific = Math.max(missingSpecific, group.weight / maxIdf);
  const evidence = foundShare(judged);
  // Read across languages, one question word is often met by chance (one lexicon sense: «بالخضرة» read as "green");
  // two of the question's words in one paragraph (or its headline, as above) seldom are — unless
  // more of the question is made of dictionary words no article uses («وزير… كارلوس روشا»), or it names a place
  // the lexicon renders and no article holds («طوكيو»): then it asks about something else.
  // Counted where they are said, not as the lead lends them: the lead is another paragraph's words.
  const foundGroups = [...said.values()].filter((group) => group.found > 0).length;
  const absentName = input.absentNames.size > 0 ? 1 : 0;
  const absentKnown = absent(true);
  return {
    evidence,
    unitCoverage: input.unitCoverage,
    // Whether the question's names are there is read where they are said: a name only the lead says raises the evidence,
    // and a question about that place asking what the report does not tell still lacks it here.
    names: nameGroups.length === 0 ? 1 : nameGroups.filter((group) => said.get(group)!.found > 0).length / nameGroups.length,
    nameMissing: nameGroups.some((group) => said.get(group)!.found === 0) ? 1 : 0,
    absentName,
    missingSpecific,
    absentKnown,
    absentOther: absent(false),
    typeMissing: input.typeMissing ? 1 : 0,
    similarity: input.similarity,
    crossLingual: input.readable ? 0 : 1,
    phraseMissing: input.phraseMissing ? 1 : 0,
    countedMissing: input.countedMissing ? 1 : 0,
    // A name the corpus never mentions, where the corpus is written in the question's script: it is not there. Across
    // scripts (an English question over untranslated Arabic) it may only be spelled in a way the lexicon misses.
    absentNameReadable: input.readable ? absentName : 0,
    // Evidence weighs more than in proportion: a paragraph holding most of the question is far more convincing
    // than one holding half of it twice over.
    evidenceSquared: evidence * evidence,
    // A name another article's headline holds and this whole article lacks: the question is about that article's subject
    // (article-subject.ts). Also read by a rule (candidates.ts): the fit's negatives of this kind (article-out) are
    // measured, not fitted on, so the model alone does not learn it.
    otherSubject: otherArticleSubject(index, terms, input.article, input.readable && paragraph.translation !== null),
    crossLingualCorroborated: !input.readable && foundGroups >= 2 && foundShare(said) > absentKnown && !input.absentPlace ? 1 : 0,
  };
}
