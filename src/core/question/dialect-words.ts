/**
 * Words of a question that Marsad's own dialect data already reads — a dialect word with its MSA counterpart
 * (dialect-msa.tsv: «جاب»، «مصاري»), an auxiliary of wanting or repetition (light-words.tsv: «بدها»، «عايز»),
 * or a dialect-inflected verb whose MSA form the dictionary knows («هيبدأ» → «يبدأ»، «بيصوتوا» → «يصوت»). FreeDict
 * lacks them, so without this they read as names the answer must hold (read-question.ts): a question in Levantine
 * about the old market then needs a paragraph saying «بدها», and is refused.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { dialectListForms, dialectStandardMap, dialectVerbForms } from '../text/dialect-forms.js';
import { accusativeNoun } from '../text/accusative.js';
import { isArabicToken } from '../text/tokenize.js';
import { isAuxiliary } from './light-words.js';
import { isFirstPersonOfKnownVerb, isPastOfKnownVerb, isPresentOfKnownVerb, isVerbAfterConjunction } from './present-verbs.js';
import { isDefiniteNounOfWord } from './definite-nouns.js';

/** Whether a normalised Arabic token is a dialect word or form the language data reads (not a name). */
export function isReadDialectWord(token: string): boolean {
  if (!isArabicToken(token)) return false;
  // The auxiliaries as listed (an evaluative adjective's stem would take «حال» for «حالي»).
  if (isAuxiliary(token)) return true;
  const dialect = dialectStandardMap();
  if (dialectListForms(token).some(({ form }) => dialect.has(form))) return true;
  // Only the readings of a prefix or an ending taken off: a participle's reading fits a name too («ناصر» → «ينصر»).
  return dialectVerbForms(token, { affixesOnly: true }).some((form) => isDictionaryWord(form) || isPresentOfKnownVerb(form) || isPastOfKnownVerb(form));
}

/** A verb of known tense or person, a noun behind the article, in its plural or the accusative, or a dialect form. */
function readsAsWord(token: string): boolean {
  return isVerbOfKnownPerson(token) || isDefiniteNounOfWord(token) || accusativeNoun(token) !== null || isReadDialectWord(token);
}

/** A verb the dictionary knows, in a tense or person it does not list: «تخدم», «وافقت», «اسجل», «وتفرض». */
function isVerbOfKnownPerson(token: string): boolean {
  return isPresentOfKnownVerb(token) || isPastOfKnownVerb(token) || isFirstPersonOfKnownVerb(token) || isVerbAfterConjunction(token);
}

/** The first person's object pronoun, which only a verb takes so («تنصحني», «ساعدني»; a noun takes «ي» alone). */
const FIRST_PERSON_OBJECT = 'ني';
/** Letters of a past verb under the dialects' plural «و» (MSA «وا»): four at least, as «عمرو» is «عمر» and a name. */
const MIN_DIALECT_PAST = 4;

/** A verb under the first person's object pronoun, or a past verb with the plural written «و» («وافقو», «امتنعو»). */
function isVerbUnderEnding(token: string): boolean {
  if (token.endsWith(FIRST_PERSON_OBJECT) && isVerbOfKnownPerson(token.slice(0, -FIRST_PERSON_OBJECT.length))) return true;
  // A past verb takes no article and ends on a radical, not «ا» («الفاو», «كاباو» are names).
  const past = token.slice(0, -1);
  if (!token.endsWith('و') || past.length < MIN_DIALECT_PAST || past.startsWith('ال') || past.endsWith('ا')) return false;
  return isDictionaryWord(past) || isPastOfKnownVerb(past);
}

/** Object pronouns a verb or noun carries («أخذتها», «لقوهم»); the bare «ه» is left out: normalised, it ends every taa marbuta. */
const ATTACHED_PRONOUN = /(?:هما|هم|هن|ها|كم|نا)$/;
const MIN_WORD = 3;

/**
 * The word under an attached object pronoun, or under the article or the dialects' relative «ال» (the «اللي» before a
 * verb worn down: «اللقوها» "that they found"; «التعداد»): the forms to read again.
 */
function underClitics(token: string): string[] {
  const forms: string[] = [];
  const bare = token.replace(ATTACHED_PRONOUN, '');
  if (bare !== token && bare.length >= MIN_WORD) forms.push(bare);
  for (const form of [token, bare]) if (form.startsWith('ال') && form.length - 2 >= MIN_WORD) forms.push(form.slice(2));
  return forms;
}

/**
 * An Arabic word the dictionary lacks as written but reads otherwise: a verb it lists in another tense or person, a
 * noun behind the article and a preposition or in its plural (definite-nouns.ts), or in the accusative («فرعا»:
 * accusative.ts), or a dialect word or form; or one of these, or a dictionary word, under an attached pronoun or the
 * article or relative «ال» («أخذتها», «اللقوها», «التعداد»).
 */
export function isInflectedOrDialectWord(token: string): boolean {
  if (!isArabicToken(token)) return false;
  return readsAsWord(token) || isVerbUnderEnding(token) || underClitics(token).some((form) => isDictionaryWord(form) || readsAsWord(form));
}
