/**
 * Whether a question asks for several things, and so is best answered by a unit that lists them: "what
 * sectors…", "which countries…", «شو المجالات…»، «أي الدول…». The class nouns and the words allowed between
 * the question word and the noun are in knowledge/language/enumeration.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, stemEnglish, stripArabicArticle } from '../text/tokenize.js';
import { questionIntent, type QuestionIntent } from './question-words.js';

/** The tokens after "what"/"which" read for the noun, at most: "which two other big powers" is rare. */
const NOUN_REACH = 3;
/** Words after a plural noun that show it is the question's subject ("what sectors were…"), not a verb ("what makes…"). */
const AUXILIARIES = new Set(['are', 'were', 'did', 'do', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'might', 'may']);

let several: Set<string> | undefined;
let skipped: Set<string> | undefined;
let placeClasses: Set<string> | undefined;

function readTable(): void {
  several = new Set();
  skipped = new Set();
  placeClasses = new Set();
  for (const [form, lang, role] of languageTable('enumeration.tsv')) {
    const word = normalizeText(form!);
    const key = lang === 'en' ? stemEnglish(word) : word;
    if (role === 'several') several.add(key);
    if (role === 'places') placeClasses.add(key);
    if (role === 'skip') skipped.add(word);
  }
}

/** A noun naming several of a class: listed («الدول», "sectors"), or a plural whose sentence goes on as a subject's. */
function namesSeveral(token: string, next: string | undefined): boolean {
  if (isArabicToken(token)) {
    // Only the listed classes: «الإنجازات», «الحاجات» ask for several things that are seldom written as a list.
    return several!.has(stripArabicArticle(token));
  }
  const stem = stemEnglish(token);
  if (stem === token || AUXILIARIES.has(token)) return false;
  return several!.has(stem) || next === undefined || AUXILIARIES.has(next);
}

/** What a question asking for a list asks to be listed: places («أي الدول», "which powers") or other things. */
export type ListKind = 'places' | 'things';

/** The class noun's kind: countries and powers are answered by a list of place names (place-names.ts). */
function kindOf(token: string): ListKind {
  const key = isArabicToken(token) ? stripArabicArticle(token) : stemEnglish(token);
  return placeClasses!.has(key) ? 'places' : 'things';
}

/** Whether the question asks for a list (`tokens` normalised, in order), given its first question word's intent, and of what; null when not. */
export function asksSeveral(tokens: readonly string[], intent: QuestionIntent | null): ListKind | null {
  if (intent !== 'what' && intent !== 'which') return null;
  if (!several) readTable();
  for (const [position, token] of tokens.entries()) {
    const asked = questionIntent(token);
    if (asked !== 'what' && asked !== 'which') continue;
    let reach = position + 1;
    while (reach < tokens.length && reach <= position + NOUN_REACH && skipped!.has(tokens[reach]!)) reach += 1;
    if (reach < tokens.length && reach <= position + NOUN_REACH && namesSeveral(tokens[reach]!, tokens[reach + 1])) return kindOf(tokens[reach]!);
  }
  return null;
}
