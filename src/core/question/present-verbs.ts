/**
 * Arabic present-tense verbs the dictionary knows only in the past: FreeDict lists «خدم», not «تخدم» or «يزورون», so
 * without this a question's «رح تخدم» or «بيزور» reads as an unknown word — a name the answer must hold
 * (read-question.ts) — and the future-tense reading could not tell «سيزور» from «سيمبسون» (future-tense.ts).
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';

/** The letters a present-tense verb opens with (its person prefix). */
export const PRESENT_PREFIXES = 'يتن';
/** A present verb has at least three letters after its own prefix. */
export const MIN_VERB = 4;
const MIN_STEM = 3;

/**
 * Whether a present-tense form («يزور»، «تستمر»، «ينتجون») is a verb the dictionary knows: itself, or its stem without
 * the person prefix (and a plural ending) as the dictionary lists verbs, in the past («تغير»، «شارك»; a hollow verb's
 * «صار» for «يصير»), with the «ا» of the derived forms («استمر»، «انطلق») or a final «ى» («التقى»). A name that opens
 * like one («سيمبسون»، «ستارمر») is not.
 */
export function knownVerb(verb: string): boolean {
  return listedForm(verb) || listedHollowPast(verb);
}

/** A hollow verb's present has «و» or «ي» where its past, as the dictionary lists it, has «ا»: «يصير»، «تعيش» of «صار»، «عاش». */
function listedHollowPast(verb: string): boolean {
  return verb.length === MIN_VERB && 'وي'.includes(verb[2]!) && isDictionaryWord(`${verb[1]}ا${verb[3]}`);
}

function listedForm(verb: string): boolean {
  const stems = [verb.slice(1)];
  const plural = verb.slice(1).replace(/(?:ون|ان|ين|وا)$/u, '');
  if (plural.length >= MIN_STEM && plural !== stems[0]) stems.push(plural);
  // Two letters left before the plural ending: a defective verb lost its last radical («يبنون»، «يمشوا»: «بنى»، «مشى»;
  // «يدعون»: «دعا»), or a doubled one of form IV writes its last two radicals once («يحبوا»: «أحب»).
  else if (plural.length === MIN_STEM - 1 && plural !== stems[0]) stems.push(`${plural}ي`, `${plural}ا`, `ا${plural}`);
  const forms = [verb, ...stems.flatMap((stem) => [stem, `ا${stem}`, stem.replace(/ي$/u, 'ى'), `ا${stem.replace(/ي$/u, 'ى')}`])];
  return forms.some((form) => form.length >= MIN_STEM && isDictionaryWord(form));
}

/**
 * Whether a normalised word the dictionary lacks is the present tense of a verb it knows («تخدم»، «يزورون»، «بيزورون»). A long
 * vowel after the prefix is read as a name («ناصر»، «تيماء» would otherwise be «أصر»، «يماء»); the few verbs opening
 * on a hamza («يأمر», written «يامر» once normalised) are left to the other readings.
 */
export function isPresentOfKnownVerb(token: string): boolean {
  // The Levantine and Egyptian «بـ» of the present stands before the prefix: «بيزورون»، «بتتعامل»; so does the future «سـ»: «ستدعم».
  const verb = (token[0] === 'ب' || token[0] === 'س') && PRESENT_PREFIXES.includes(token[1] ?? '') ? token.slice(1) : token;
  return verb.length >= MIN_VERB && PRESENT_PREFIXES.includes(verb[0]!) && !nameShaped(verb) && knownVerb(verb);
}

/**
 * «اسجل» "I register", «اعمل», «اروح»: the first person's «أ» (normalised «ا») before a verb the dictionary knows, read
 * as the present with «ي» would be; the elative of the same pattern («أحسن», «أطيب») is no name either. The past of a
 * derived form opens on «ا» too and is read elsewhere: «اختار»، «اتفق» (form VIII, «ت» after its first radical),
 * «استقبل» (X), «انسحب» (VII). «احمد» stays a name: the dictionary lists no «حمد».
 */
export function isFirstPersonOfKnownVerb(token: string): boolean {
  // «أفعل», «أسافر»: longer words after the «ا» are names or loans («اكاسيا»); a weak last letter reads a name as a
  // defective verb («اكسو», Aksu, as «I clothe»).
  if (token.length < MIN_VERB || token.length > MIN_VERB + 1 || token[0] !== 'ا' || /[اوي]$/u.test(token)) return false;
  const derivedPast = token.startsWith('است') || token.startsWith('ان') || token[2] === 'ت';
  return !derivedPast && isPresentOfKnownVerb(`ي${token.slice(1)}`);
}

/** A conjunction glued to a verb: «وتفرض», «فيقول», «وقالوا». What is left is read as the verb. */
const CONJUNCTIONS = 'وف';

/** Whether the word is a verb of known tense or person (present, first person, past) behind a glued «و» or «ف». */
export function isVerbAfterConjunction(token: string): boolean {
  if (!CONJUNCTIONS.includes(token[0] ?? '') || token.length - 1 < MIN_VERB) return false;
  const verb = token.slice(1);
  return isPresentOfKnownVerb(verb) || isFirstPersonOfKnownVerb(verb) || isPastOfKnownVerb(verb);
}

/**
 * A long vowel right after the prefix reads as a name («ناصر»، «تامر»), and so does a word of four letters with «ا»
 * third («نزار»، «نوال»): the present of a hollow verb has «و» or «ي» there («يزور»).
 */
function nameShaped(verb: string): boolean {
  return verb[1] === 'ا' || (verb.length === MIN_VERB && verb[2] === 'ا');
}

/**
 * An Arabic word shaped as a verb: three letters, a present-tense prefix (not before a long vowel, nor before «ي», which
 * opens names — «تيمور»، «نيسان» — far more often than verbs), the future or progressive prefix before one, a derived
 * form's past, or a past ending. A wide word list reaching such a word says it is a verb the dictionary lacks
 * (read-question.ts); other listed words may be given or family names («ناصر», «القضماني») and stay names.
 */
export function verbShaped(token: string): boolean {
  const present = (word: string) => word.length >= MIN_VERB && PRESENT_PREFIXES.includes(word[0]!) && !nameShaped(word) && word[1] !== 'ي';
  // The past of the derived forms opens on «ا»: «استخدم» (X), «اشتهر»، «انتصر» (VIII: «ت» third; not VII's «ان», which
  // opens names too: «انطوان»).
  const derivedPast = (token.startsWith('است') && token.length >= 6) || (token[0] === 'ا' && token.length === 5 && token[2] === 'ت');
  return token.length === MIN_STEM || present(token) || ('سحهب'.includes(token[0]!) && present(token.slice(1))) || derivedPast || PAST_ENDINGS.test(token);
}

/** The endings of the past tense's persons other than the third masculine: «وافقت»، «مولوا»، «زرنا»، «قلتم». */
const PAST_ENDINGS = /(?:تما|تم|تن|وا|نا|ت)$/u;

/**
 * Whether a normalised word the dictionary lacks is the past tense of a verb it lists, in another person («وافقت» for
 * «وافق», «مولت» for «مول»), or of a hollow verb it lists in the present only («زار»، «زاروا»). Names end so too («مدحت»، «عزت»): read as verbs, they stay searched, only not required.
 */
export function isPastOfKnownVerb(token: string): boolean {
  const stem = token.replace(PAST_ENDINGS, '');
  if (isHollowPast(stem)) return true;
  return stem !== token && stem.length >= MIN_STEM && isDictionaryWord(stem);
}

/**
 * A hollow verb's past («زار»، «قال»، «باع»، «قام»), which FreeDict often lacks though it knows the verb: its middle
 * radical, «ا» in the past, is «و» or «ي» in the present («يزور»، «يبيع»), and that present is a verb it knows.
 */
function isHollowPast(stem: string): boolean {
  return stem.length === MIN_STEM && stem[1] === 'ا' && (listedForm(`ي${stem[0]}و${stem[2]}`) || listedForm(`ي${stem[0]}ي${stem[2]}`));
}
