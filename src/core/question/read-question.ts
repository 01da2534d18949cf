/**
 * Reads a question the way a person means it: which kind of answer it wants
 * (a number, a date, a person, a place, an organisation, yes/no, a reason, a
 * stance, a quote, a definition) and which of its words name its topic, and of
 * those which name something (a name or a number) that an answer must be about.
 *
 * Dialect and chat spellings of question words count as the standard ones
 * (knowledge/language/question-words.tsv); words that say what kind of answer is
 * wanted ("which year", «أي صحيفة») come from answer-type-cues.tsv.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicWord } from '../text/arabic-words.js';
import { isCityName, isPlaceName } from '../text/place-names.js';
import { isNameArticle } from '../text/name-particles.js';
import { writtenOut } from '../text/shorthand.js';
import { isArabicToken, isStopWord, rawTokens } from '../text/tokenize.js';
import { askedDeed, askedRole } from './asked-role.js';
import { deedOf } from './deed-words.js';
import { isInflectedOrDialectWord } from './dialect-words.js';
import { isNounBehindPreposition } from './preposition-nouns.js';
import { verbShaped } from './present-verbs.js';
import { questionPredicate } from './question-predicate.js';
import { isFillerWord, isTopicless, type QuestionIntent } from './question-words.js';

import type { AnswerType } from '../types.js';
import { asksSeveral } from './asks-several.js';
import { answerTypeOf } from './answer-type.js';
import { countedOrMeasured, dialectNoun, gradedAdjective } from './number-asked.js';

export type { AnswerType };

export interface QuestionReading {
  type: AnswerType;
  /** The first question word's intent, or null (a statement with a question mark, a bare topic). */
  intent: QuestionIntent | null;
  /** Normalised tokens that name the question's topic, in order (no stop, question or filler words). */
  content: readonly string[];
  /** Of those, the ones that name something (names, numbers): an answer must be about them. */
  names: ReadonlySet<string>;
  /** Of those, the ones written with a capital inside an English question, or naming a country, region or city (names for certain). */
  certainNames: ReadonlySet<string>;
  /** What a "how many" question counts ("how many times", «كم مرة», «كم عدد الوثائق»): the noun, normalised. */
  counted: string | null;
  /** What a number question asks the amount of: the counted noun, or the noun right after a dialect «قديش» («قديش الغرامة»), normalised. */
  amountOf: string | null;
  /** What a cost question measures («كم يكلف», "how much … cost"): the cost word, normalised. */
  measured: string | null;
  /** The role a who-question names ("who is the coach…", «مين المدرب…»: asked-role.ts), normalised, or null. */
  role: string | null;
  /** The deed a who-question asks the doer of, when its telling has few wordings ("who won…", «مين فاز…», "who is the winner…": deed-words.ts), or null. */
  deed: string | null;
  /** The adjective a "how" question grades ("hot" in "how hot did it get?"): its attribute is searched (english-attributes.ts). */
  graded: string | null;
  /** The event a question's word order shows it asks of ("open" in "when did the museum open?"; question-predicate.ts), or null. */
  predicate: string | null;
  /** The question asks for several things ("what sectors…", «أي الدول…»): a unit listing them answers best (asks-several.ts). */
  list: boolean;
  /** Of those, a question asking which countries or powers: a unit naming several places answers (asks-several.ts). */
  places: boolean;
}

/**
 * «عنها»، «لديه»، «أنهم»، «منهم»: a preposition or particle with an attached pronoun. No dictionary lists these forms,
 * but they are function words, no name an answer must hold. The first person's «ي» is left out: «منى» is written «مني».
 */
const ATTACHED_PRONOUN = /(?:هما|هم|هن|ها|كم|كن|نا|ه|ك)$/;
const functionWordWithPronoun = (token: string): boolean => isArabicToken(token) && ATTACHED_PRONOUN.test(token) && isStopWord(token.replace(ATTACHED_PRONOUN, ''));

/** A word no dictionary knows (a name, a transliteration), or written with a capital inside an English sentence. */
function nameLike(token: string, capitalised: boolean): boolean {
  if (/^\d+$/.test(token)) return true;
  if (token.length < 3 || functionWordWithPronoun(token)) return false;
  // A present-tense verb the dictionary lists only in the past («رح تخدم») is no name.
  // Chat shorthand ("abt", "hrs") is no dictionary word, and no name either.
  return (capitalised && !isArabicToken(token)) || isPlaceName(token) || isCityName(token) || (!isDictionaryWord(token) && writtenOut(token) === undefined && !isInflectedOrDialectWord(token) && !isNounBehindPreposition(token) && !(isArabicToken(token) && verbShaped(token) && isArabicWord(token)));
}

/** Normalised tokens with whether each was written with a capital after the question's first word. */
function tokensWithCase(question: string): { token: string; capitalised: boolean; opensClause: boolean }[] {
  const out: { token: string; capitalised: boolean; opensClause: boolean }[] = [];
  const text = question.normalize('NFKC');
  let end = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}'’]+/gu)) {
    const capital = /^\p{Lu}/u.test(match[0]) && out.length > 0;
    // A comma, semicolon or full stop before the word: it opens a clause ("…، ما هو هذا النوع؟").
    const opensClause = out.length > 0 && /[,،;؛.:]/.test(text.slice(end, match.index));
    end = match.index + match[0].length;
    rawTokens(normalizeText(match[0])).forEach((token, part) => out.push({ token, capitalised: capital, opensClause: opensClause && part === 0 }));
  }
  // "al-Hadidi": the article is read with the name (name-particles.ts).
  const plain = out.map((item) => item.token);
  return out.filter((_, position) => !isNameArticle(plain, position));
}

/**
 * One ask reads its question three times (the analysis, the query translator's counted noun, the questions about the
 * articles): the last reading is kept, so the two later ones are a comparison. A reading is shared, never changed
 * (its lists are read-only).
 */
let last: { question: string; lang: Language; reading: QuestionReading } | null = null;

export function readQuestion(question: string, lang: Language): QuestionReading {
  if (last?.question !== question || last.lang !== lang) last = { question, lang, reading: readAfresh(question, lang) };
  return last.reading;
}

function readAfresh(question: string, lang: Language): QuestionReading {
  const tokens = tokensWithCase(question);
  const plain = tokens.map((item) => item.token);
  const graded = gradedAdjective(plain);
  const clauseStarts = new Set(tokens.flatMap((item, position) => (item.opensClause ? [position] : [])));
  const { type, intent } = answerTypeOf(plain, lang, /[?؟]\s*$/.test(question), graded, clauseStarts);
  const content: string[] = [];
  const names = new Set<string>();
  const capitals = new Set<string>();
  for (const { token, capitalised } of tokens) {
    if (isTopicless(token) || isFillerWord(token)) continue;
    content.push(token);
    if (nameLike(token, capitalised)) names.add(token);
    if ((capitalised && !isArabicToken(token)) || isPlaceName(token) || isCityName(token)) capitals.add(token);
  }
  const listKind = asksSeveral(plain, intent);
  const list = listKind !== null;
  // "Which areas…": a plural class after "which" asks for the items, not a measure (a cue's other sense).
  const kind = list && type === 'number' && intent !== 'how_many' && intent !== 'how_much' ? 'other' : type;
  const number = kind === 'number' ? countedOrMeasured(plain) : { counted: null, measured: null };
  const asked = number.counted ?? (kind === 'number' && number.measured === null ? dialectNoun(plain) : null);
  const predicate = questionPredicate(plain, lang, { isName: (token) => names.has(token), counted: asked });
  const deedVerb = kind === 'person' || kind === 'organisation' ? askedDeed(plain, predicate) : null;
  const role = kind === 'person' ? askedRole(plain) : null;
  // "who is the winner of…", «مين الفائز…» ask of the deed as "who won…" does.
  const deedWord = deedVerb ?? role;
  return { type: kind, intent, content, names, certainNames: capitals, ...number, graded: lang === 'en' ? graded : null, list, places: listKind === 'places', role, amountOf: asked, deed: deedWord === null ? null : deedOf(deedWord), predicate };
}
