/**
 * A question becomes what retrieval and answering read: its own weighted terms,
 * paraphrase terms (root-mates, corrected spellings, written-out shorthand; all
 * checked against the corpus), its translation's terms (cross-lingual, offline
 * lexicon), and for a short follow-up the previous question's at half weight;
 * the names it is about; and the kind of answer it asks for.
 */
import { relativeTimeWords } from '../articles/time-range.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { crossLingualQuery } from '../retrieval/crosslingual-terms.js';
import { paraphraseTerms } from '../retrieval/paraphrase.js';
import { phrasalVerbTerms } from '../retrieval/phrasal-terms.js';
import { conversationContext, questionTerms, questionTopicText, withBorrowedTerms, withConversationContext } from '../retrieval/query.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { indexTerms, rawTokens, stemToken } from '../text/tokenize.js';
import { withoutNameArticles } from '../text/name-particles.js';
import { TUNING } from '../tuning.js';
import type { AnswerType, ConversationTurn } from '../types.js';
import { asksAboutFuture } from './future-tense.js';
import { isTopicless } from './question-words.js';
import { questionSentences } from './question-sentence.js';
import { withoutSourceReference } from './source-reference.js';
import { stanceCueTerms } from './stance-cues.js';
import { otherDegreeTerms } from './alternatives.js';
import { excludedWords } from './exclusion.js';
import { isVerbForm, subjectlessVerb } from './subjectless.js';
import { uncoveredFocus, yesNoUncoveredWords } from './uncovered-focus.js';
import { uncoveredTopic } from './uncovered-topic.js';
import { isCueFor } from './answer-type-cues.js';
import { asksAdvice } from './advice-question.js';
import { asksBot, meaningAsked, tasteWords } from './outside-reports.js';
import { asksLiveFact } from './live-question.js';
import { rankedNouns } from './ranked-nouns.js';
import { locatedSubject } from './located-subject.js';
import { questionNames } from './question-names.js';
import { readQuestion, type QuestionReading } from './read-question.js';
import type { QuestionAnalysis } from './question-analysis.js';

/**
 * Kinds of answer whose cue word frames the question rather than naming its topic: a stance is given in what
 * someone said or thinks, seldom with the words "opinion", "see" or «رأي». (Other kinds' cues, "which year",
 * «أي صحيفة», are often written beside the answer and stay evidence.)
 */
const FRAMED_TYPES = new Set<AnswerType>(['stance']);

export type { QuestionAnalysis } from './question-analysis.js';

export function analyseQuestion(index: ParagraphIndex, asked: string, lang: Language, history?: ConversationTurn[]): QuestionAnalysis {
  // Sentences before the question (pasted context, an instruction) steer retrieval; the question sentence is what is read and must be found.
  const { question: text, context: before } = questionSentences(withoutSourceReference(asked));
  const reading = readQuestion(text, lang);
  const crossLingual = crossLingualQuery(index, text, lang);
  const context = conversationContext(text, history);
  const acronyms = new Set([...text.matchAll(/\b[A-Z]{2,5}\b/g)].map((match) => match[0].toLowerCase()));
  const fromQuestion = withConversationContext(questionTerms(text), history);
  const own = before ? withBorrowedTerms(fromQuestion, before, TUNING.retrieval.precedingSentences) : fromQuestion;
  // Words that frame what is asked (a relative period, a stance's cue) steer the search, but are not evidence a paragraph must hold.
  const frameGroups = new Set([...relativeTimeWords(text), ...reading.content.filter((token) => FRAMED_TYPES.has(reading.type) && isCueFor(token, reading.type))].map(stemToken));
  // What an exceptive sets aside ("besides trade") is neither searched nor evidence: the answer is about the rest.
  const excluded = new Set(excludedWords(text).map(stemToken));
  // A phrasal verb ("go back") is read as its one-word verb ("return"), its particle with it (phrasal-terms.ts).
  const phrasal = phrasalVerbTerms(index, text, lang);
  const read = [...own, ...paraphraseTerms(index, reading.content, { acronyms, knownWord: reading.measured, graded: reading.graded }), ...stanceCueTerms(reading), ...otherDegreeTerms(text, (stem) => index.keyword.documentFrequency(stem) > 0), ...crossLingual.terms, ...phrasal.terms]
    .filter((term) => !excluded.has(term.group) && !phrasal.particles.has(term.group));
  // A question naming only a verb («متى أسست؟») is searched in the verb's other forms too («تأسس»): subjectless.ts.
  const verb = subjectlessVerb(reading, read);
  const terms = read.map((term) => (frameGroups.has(term.group) ? { ...term, frame: true } : verb && isVerbForm(term, verb) ? { ...term, verbForm: true } : term));
  const keyword = index.keyword;
  const translatedGroups = new Set(crossLingual.terms.map((term) => term.group));
  const spelledGroups = new Set(crossLingual.terms.filter((term) => term.spelledAs !== undefined).map((term) => term.group));
  const paraphrased = new Set(terms.filter((term) => term.paraphrase && keyword.documentFrequency(term.term) > 0).map((term) => term.group));
  const tokens = withoutNameArticles(rawTokens(normalizeText(text)));
  const { names, absentNames, unknownSubject } = questionNames(index, reading, { text, tokens, translatedGroups, spelledGroups, paraphrased });
  const pairs: string[] = [];
  tokens.forEach((token, position) => {
    const next = tokens[position + 1];
    if (!next || isTopicless(token) || isTopicless(next) || /^\d+$/.test(token + next)) return;
    if (keyword.surfaceDocumentFrequency(token) > 0 && keyword.surfaceDocumentFrequency(next) > 0) pairs.push(`${token} ${next}`);
  });
  // A cost question's measure is searched in all its forms («كلفت»: «تكلفة»), on the n-gram side too; so is a subjectless question's verb.
  const measure = reading.measured ? stemToken(reading.measured) : null;
  const measureWords = terms.filter((term) => (term.paraphrase && term.group === measure) || term.verbForm).map((term) => term.term);
  // Dialect words read as MSA join the n-gram and vector text: the press writes «تزوج», not «اتجوز»; so do the degrees a choice question did not offer.
  const standardWords = terms.filter((term) => term.standard || term.degree || term.synonym).map((term) => term.term);
  // A translation that carries most of the search (few paragraphs readable in the
  // question's language) joins the question's own text; a minor one counts at half weight.
  const translationLeads = crossLingual.weight >= TUNING.retrieval.translationLeads;
  return {
    reading,
    terms,
    names,
    absentNames,
    uncoveredFocus: uncoveredFocus(index, reading, terms),
    uncoveredTopic: uncoveredTopic(index, reading, terms, names),
    yesNoUncovered: yesNoUncoveredWords(index, reading, terms, lang),
    questionWords: new Set(tokens),
    pairs,
    vectorText: [before ? questionTopicText(before) : '', topicText(text, excluded) || text, translationLeads ? crossLingual.text : '', ...measureWords, ...standardWords].filter(Boolean).join(' '),
    measure,
    verbStems: verb ? new Set([verb, ...terms.filter((term) => term.verbForm).map((term) => term.term)]) : null,
    subjectTerms: indexTerms((asksWhatItIs(reading) ? reading.content : (locatedSubject(reading) ?? [])).join(' ')),
    future: asksWhenInFuture(reading, asked),
    predicate: reading.predicate ? stemToken(reading.predicate) : null,
    unknownSubject,
    asksAdvice: asksAdvice(text, lang),
    asksBot: asksBot(text),
    meaningAsked: meaningAsked(text),
    tasteWords: tasteWords(text),
    asksLiveFact: asksLiveFact(text),
    rankedNouns: rankedNouns(text),
    contextText: [context, translationLeads ? '' : crossLingual.text].filter(Boolean).join(' ') || undefined,
  };
}

/**
 * A question asking the date or the amount of what will happen ("when will she visit again?", «كم مرة سيزور…»): a
 * dated past event is not its answer. The tense is read on the whole message: «الوزيرة رح تفتتح المعرض؟ امتى؟» asks
 * «امتى؟» of a sentence in the future. Other questions about the future ("how will the council cut
 * waiting times?") are answered by the plan, often told as a past decision, and are read as they are.
 */
function asksWhenInFuture(reading: QuestionReading, asked: string): boolean {
  return (reading.type === 'date' || reading.type === 'number') && asksAboutFuture(asked);
}

/** The question's topic text without the words an exceptive sets aside. */
function topicText(text: string, excluded: ReadonlySet<string>): string {
  const topic = questionTopicText(text);
  return excluded.size === 0 ? topic : topic.split(' ').filter((token) => !excluded.has(stemToken(token))).join(' ');
}

function asksWhatItIs(reading: QuestionReading): boolean {
  const askedWhat = reading.type === 'definition' || ((reading.intent === 'what' || reading.intent === 'who') && reading.type !== 'number' && reading.type !== 'date');
  return askedWhat && reading.content.length >= 1 && reading.content.length <= TUNING.retrieval.subjectWords;
}
