/**
 * Names of countries, territories and world regions (knowledge/language/place-names.tsv,
 * Unicode CLDR in English and Arabic). A question that names a place names
 * something an answer must be about, whether or not the articles mention it:
 * «قرغيزستان» is a name even though a dictionary has it, and a place the corpus
 * never mentions means the question is about something else. Cities (knowledge/language/city-names.tsv)
 * are names of the question too (isCityName), not places an answer's words are matched by.
 */
import { distance } from 'fastest-levenshtein';
import { ARTICLE_PROCLITICS, withoutProclitics } from './arabic-clitics.js';
import { normalizeText } from './normalize.js';
import { isArabicToken, rawTokens } from './tokenize.js';
import { readWordTable } from './word-lists.js';
import { WordMemo } from './word-memo.js';
import { TUNING } from '../tuning.js';

/**
 * Normalised one-word names, with and without the Arabic article. Names of
 * several words ("United States") are left out: their words alone are common
 * words («الولايات», "united"); the question's word pairs cover them.
 */
let places: Map<string, Set<string>> | undefined;

/** Each one-word name with the codes of the places it names (one code for «أفريقيا» and "Africa"). */
function placeNames(): Map<string, Set<string>> {
  if (places) return places;
  const found = new Map<string, Set<string>>();
  const add = (word: string, code: string) => found.set(word, (found.get(word) ?? new Set()).add(code));
  for (const [code, , name] of readWordTable('place-names.tsv')) {
    const tokens = rawTokens(normalizeText(name!));
    if (tokens.length !== 1) continue;
    const word = tokens[0]!;
    add(word, code!);
    if (word.startsWith('ال') && word.length > 4) {
      add(word.slice(2), code!);
      definite.add(word.slice(2));
    }
  }
  places = found;
  return found;
}

/** The names written with the Arabic article («العراق»), without it: only these are reached through a token's article. */
const definite = new Set<string>();

/**
 * Whether a form of an Arabic token was reached by taking off the article (with a particle before it): a country whose
 * name never takes it is not named so — «القطر» is the train (or a diameter), not Qatar. A word a letter away still
 * names it («الأوروبي»: the adjective of the place, read by the misspelling check).
 */
function throughArticle(token: string, form: string): boolean {
  return form !== token && ARTICLE_PROCLITICS.some((proclitic) => token === `${proclitic}${form}`);
}

const NONE: ReadonlySet<string> = new Set();
/**
 * A token that names no place is compared with every name (the misspelling check), and an answer's candidate units ask
 * this of each of their words: the verdicts are kept, as the same words come back question after question (in a
 * WordMemo: an LRU's bookkeeping on every hit showed in the ask's CPU profile, README Performance).
 */
const codesByToken = new WordMemo<ReadonlySet<string>>((token) => findPlaceCodes(token), 8192);

/** The codes of the places a normalised token names (with or without attached particles, or misspelt by a letter); empty when none. */
export function placeCodes(token: string): ReadonlySet<string> {
  return codesByToken.get(token);
}

function findPlaceCodes(token: string): ReadonlySet<string> {
  const words = placeNames();
  const forms = isArabicToken(token) ? withoutProclitics(token, 3) : [token];
  for (const form of forms) {
    const codes = throughArticle(token, form) && !definite.has(form) ? undefined : words.get(form);
    if (codes) return codes;
    if (form.length < TUNING.names.fuzzyLength) continue;
    for (const [word, wordCodes] of words) if (Math.abs(word.length - form.length) <= 1 && word[0] === form[0] && distance(word, form) <= 1 && !finalNoonChanged(word, form)) return wordCodes;
  }
  return NONE;
}

/**
 * A name ending in «ن» keeps it in every word made from it (البحرين: بحريني; السودان: سوداني; لبنان: لبناني), so a word
 * that differs from it only there is another word, not a slip: «البحرية» (naval), «السوداء» (black).
 */
function finalNoonChanged(name: string, form: string): boolean {
  return name.length === form.length && name.endsWith('ن') && !form.endsWith('ن') && name.slice(0, -1) === form.slice(0, -1);
}

/** Whether a normalised token is (with or without attached particles) a place name. */
export function isPlaceName(token: string): boolean {
  return placeCodes(token).size > 0;
}

/** A city's one-word Arabic name → its English name, read from the CLDR time zone it names ("Europe/Lisbon": "lisbon"). */
let cities: Map<string, string> | undefined;

/**
 * Whether a normalised Arabic token is (with or without a clinging «ب ل و ف ك» or the article) the one-word name of a
 * city (knowledge/language/city-names.tsv, CLDR's exemplar cities): «بطرابلس»، «نيروبي» are names although a
 * dictionary lists them.
 */
export function isCityName(token: string): boolean {
  return cityEnglishNames(token).length > 0;
}

/** The English names of the city an Arabic token names («لشبونة», «بلشبونة»: "lisbon"), none for any other token. */
export function cityEnglishNames(token: string): string[] {
  cities ??= new Map(
    readWordTable('city-names.tsv')
      .map((row) => [rawTokens(normalizeText(row[1]!)), row[0]!] as const)
      .filter(([tokens]) => tokens.length === 1)
      .map(([tokens, zone]) => [tokens[0]!, normalizeText(zone.split('/').pop()!.replace(/_/g, ' '))]),
  );
  if (!isArabicToken(token)) return [];
  // A city's name is kept as written, with its article when it has one («القاهرة»): none is reached by taking one off.
  return withoutProclitics(token, 3).flatMap((form) => (throughArticle(token, form) ? [] : (cities!.get(form) ?? [])));
}
