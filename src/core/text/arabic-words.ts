/**
 * Whether an Arabic word is a word of the language, judged on a wide list (knowledge/language/arabic-words.txt: the
 * entries of Ayaspell, the Arabic Hunspell dictionary). FreeDict's Arabic side is small: a word it lacks is often a
 * dialect verb, a nisba or a plain word all the same. A word this wider reading does not reach either is seldom
 * anything but a name the question gives («اردوغان»): that is what the question reader asks of it.
 *
 * The word is read as a dictionary lists it: without its proclitics (conjunction, preposition, article), its attached
 * pronoun and endings (the light stem of both sides compared), as a present-tense verb the list gives in the past
 * (يزور → زار، يلتقون → التقى), and through the dialect's verb forms (dialect-forms.ts: حتتغير → تتغير). The reading
 * accepts more than the dictionary would, by design: a name taken for a word is only left unrefused.
 */
import { ARABIC_ENCLITICS, SHORT_PROCLITICS, withoutProclitics } from './arabic-clitics.js';
import { normalizeText } from './normalize.js';
import { dialectVerbForms } from './dialect-forms.js';
import { languageMap } from './language-data.js';
import { ARABIC_STOP_WORDS } from './stop-words.js';
import { stemArabic } from './tokenize.js';
import { readWordList } from './word-lists.js';
import { WordMemo } from './word-memo.js';

/** The person prefixes of the present tense («أ», the first person, left out: it opens many foreign names once normalised). */
const PRESENT_PREFIXES = 'يتن';
/** Endings of the present's persons and numbers, longest first. */
const PRESENT_ENDINGS = /(?:ون|ان|ين|وا|ن)$/u;
const MIN_STEM = 3;
/**
 * Glued words the seam does not show are long: each part four letters at least, nine together (a name of eight,
 * «كوالتشيك», splits into words as often as not). A particle glued before a word is one of three letters at least
 * («ماذا», «الذي»): two-letter ones («او», «لا») open many names.
 */
const MIN_GLUED = 4;
const MIN_GLUED_PAIR = 9;
const MIN_GLUED_PARTICLE = 3;
/** Endings of the past tense's persons, and the accusative alef, longest first. */
const PAST_ENDINGS = ['تما', 'تم', 'تن', 'تا', 'وا', 'نا', 'ت', 'ا'];
const TAA_MARBUTA = normalizeText('ة');

let listed: { words: Set<string>; stems: Set<string> } | undefined;

function wordList(): { words: Set<string>; stems: Set<string> } {
  if (!listed) {
    const words = new Set(readWordList('arabic-words.txt'));
    listed = { words, stems: new Set([...words].map(stemArabic)) };
  }
  return listed;
}

/**
 * The forms a dictionary may list the word under: `listed` as they are, `stemmed` compared on their light stem too. The
 * light stemmer takes off the article and a conjunction itself, so only a form whose front is as typed is stemmed
 * (a chain of clitics read off one after another finds a word in any name: «كوالتشيك» → «تشيك»); a present verb's
 * past is a word the list has as it is.
 */
function listedForms(token: string): { listed: Set<string>; stemmed: Set<string> } {
  const listed = new Set<string>();
  const stemmed = new Set<string>();
  const typed = [token, ...withoutFuture(token), ...hamzaSeats(token)];
  for (const form of [...typed, ...typed.flatMap((word) => dialectVerbForms(word))]) {
    for (const shorter of [form, ...withoutEnclitic(form).flatMap(withFeminineSingular)]) stemmed.add(shorter);
    for (const bare of withoutProclitics(form, 2)) {
      for (const shorter of [bare, ...withoutEnclitic(bare), ...withoutPastEnding(bare)].flatMap(withFeminineSingular)) listed.add(shorter);
      if (bare.length > MIN_STEM && PRESENT_PREFIXES.includes(bare[0]!)) for (const past of pastForms(bare)) listed.add(past);
    }
  }
  return { listed, stemmed };
}

/** The future's «س» before a present-tense prefix: سيحتاج → يحتاج. */
function withoutFuture(word: string): string[] {
  return word[0] === 'س' && PRESENT_PREFIXES.includes(word[1] ?? '') && word.length > MIN_STEM + 1 ? [word.slice(1)] : [];
}

/** A bare hamza typed where a seat was meant (قاءد → قائد): the seats normalised. */
function hamzaSeats(word: string): string[] {
  return word.includes('ء') ? [...new Set(['ي', 'و', 'ا'].map((seat) => normalizeText(word.replace(/ء(?=.)/gu, seat))))] : [];
}

/** A past verb's person endings (رفعت، استخرجوا، قدنا) and a noun's accusative «ا» (مثالا، احتفالا), taken off. */
function withoutPastEnding(word: string): string[] {
  return PAST_ENDINGS.filter((ending) => word.endsWith(ending) && word.length - ending.length >= MIN_STEM).map((ending) => word.slice(0, -ending.length));
}

/** The word without an attached pronoun, a feminine noun's «ت» before it read back as «ة» (زيارته → زيارة). */
function withoutEnclitic(word: string): string[] {
  const pronoun = ARABIC_ENCLITICS.find((ending) => word.endsWith(ending) && word.length - ending.length >= 2);
  if (!pronoun) return [];
  const rest = word.slice(0, -pronoun.length);
  return rest.endsWith('ت') ? [rest, `${rest.slice(0, -1)}${TAA_MARBUTA}`] : [rest];
}

/** A feminine plural read also as its singular (مباحثات → مباحثة), as the list gives nouns in the singular. */
function withFeminineSingular(word: string): string[] {
  return word.endsWith('ات') && word.length - 2 >= MIN_STEM ? [word, `${word.slice(0, -2)}${TAA_MARBUTA}`] : [word];
}

/** A present-tense form's past as dictionaries list verbs: the stem, with the «ا» of derived forms, a final «ى», a hollow verb's «ا». */
function pastForms(present: string): string[] {
  const stems = [present.slice(1), present.slice(1).replace(PRESENT_ENDINGS, '')].filter((stem) => stem.length >= MIN_STEM);
  return stems.flatMap((stem) => {
    const forms = [stem, `ا${stem}`, stem.replace(/ي$/u, 'ى'), `ا${stem.replace(/ي$/u, 'ى')}`];
    if (stem.length === MIN_STEM && (stem[1] === 'و' || stem[1] === 'ي')) forms.push(`${stem[0]}ا${stem[2]}`);
    return forms;
  });
}

function listedWord(token: string): boolean {
  const { words, stems } = wordList();
  const { listed, stemmed } = listedForms(token);
  return [...listed].some((form) => words.has(form)) || [...stemmed].some((form) => stems.has(stemArabic(form)));
}

let arabicQuestionWords: Set<string> | undefined;

/** The Arabic question words (knowledge/language/question-words.tsv): typed glued to the next word more than any other. */
function questionWords(): Set<string> {
  arabicQuestionWords ??= new Set([...languageMap('question-words.tsv', 1)].filter(([, language]) => language === 'ar').map(([form]) => form));
  return arabicQuestionWords;
}

/**
 * Two words typed without the space between them, where the seam shows: a question word before a listed word (ماقيل)
 * or a longer function word first (ماذايحدث), the article opening the second (ماالاسم، سميالتقويم), a particle with
 * its preposition or a pronoun with «ل» or «ب» after a long word (اعتباربمن، مسموحله), or two long words.
 */
function gluedWords(token: string): boolean {
  for (let cut = 2; cut <= token.length - 2; cut += 1) {
    const first = token.slice(0, cut);
    const second = token.slice(cut);
    if (seamShows(token, first, second) && (ARABIC_STOP_WORDS.has(first) || listedWord(first)) && (ARABIC_STOP_WORDS.has(second) || listedWord(second))) return true;
  }
  return false;
}

function seamShows(token: string, first: string, second: string): boolean {
  const { words } = wordList();
  const longFirst = first.length >= MIN_GLUED;
  return (
    (second.startsWith('ال') && (first.length >= MIN_STEM || ARABIC_STOP_WORDS.has(first))) ||
    (questionWords().has(first) && second.length >= MIN_STEM && words.has(second)) ||
    (ARABIC_STOP_WORDS.has(first) && first.length >= MIN_GLUED_PARTICLE) ||
    (longFirst && words.has(first) && /^[لب]/u.test(second) && ARABIC_ENCLITICS.some((pronoun) => second.slice(1) === pronoun)) ||
    (longFirst && second.length >= MIN_GLUED_PARTICLE && SHORT_PROCLITICS.some((clitic) => second.startsWith(clitic) && ARABIC_STOP_WORDS.has(second.slice(clitic.length)))) ||
    (longFirst && second.length >= MIN_GLUED && token.length >= MIN_GLUED_PAIR)
  );
}

const verdicts = new WordMemo((token: string) => listedWord(token) || gluedWords(token), 1024);

/** Whether a normalised Arabic token is a word of the wide list, in any of the forms it may be listed under. */
export function isArabicWord(token: string): boolean {
  return verdicts.get(token);
}
