/**
 * The countries an article is set in and speaks of. A report is set where its lead says ("Farmers in Tarija,
 * Bolivia's southern region…", «صادق مجلس الوزراء الموريتاني…»): its later paragraphs say "the government", not "the
 * Bolivian government" (answerability.ts reads that). And a question naming a country the article never names, when
 * the article is set in another («هل سحبت السعودية الدواء؟» over a Qatari recall), asks about that country: the same
 * event elsewhere does not answer it (answer-confidence.ts, a rule beside the model). A report of the local press often
 * never names its own country (a Meknes paper on the Saiss plain): with no country in its lead, it is set nowhere known
 * and the rule stays silent.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { countryCodes } from '../text/country-forms.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens, stemToken } from '../text/tokenize.js';
import { readWordTable } from '../text/word-lists.js';
import type { ArticleHead } from '../types.js';

/** The codes of the countries a word names or describes, as typed or stemmed ("bolivias"). */
export const countriesOf = (word: string) => new Set([...countryCodes(word), ...countryCodes(stemToken(word))]);

/** The code of the first word of a text that names or describes one country (as typed or stemmed). */
function firstCountry(text: string): string | null {
  for (const token of rawTokens(normalizeText(text))) {
    for (const form of [token, stemToken(token)]) {
      const codes = countryCodes(form);
      if (codes.size === 1) return [...codes][0]!;
    }
  }
  return null;
}

const scenes = new WeakMap<ArticleHead, string | null>();

/** The country the article's lead paragraph names first (its own text, else its translation), or null. */
export function leadCountry(index: ParagraphIndex, article: ArticleHead): string | null {
  const known = scenes.get(article);
  if (known !== undefined) return known;
  const lead = article.paragraphs[0];
  let scene: string | null = null;
  if (lead) {
    const paragraph = index.bodies.readParagraph(lead);
    scene = firstCountry(paragraph.text) ?? (paragraph.translation ? firstCountry(paragraph.translation) : null);
  }
  scenes.set(article, scene);
  return scene;
}

interface Named {
  /** Codes of the countries the article names. */
  codes: Set<string>;
  /** Its words without the article «ال»: a country's word of the question may be the start of one («النمسا», «النمساوية»). */
  words: string[];
}

const named = new WeakMap<ArticleHead, Named>();

let phrases: Map<string, { rest: string[]; code: string }[]> | undefined;

/**
 * Country names of several words («الولايات المتحدة», "Saudi Arabia"), by their first word: one of their words alone
 * names nothing (country-forms.ts reads single words), yet an article saying them names the country.
 */
function countryPhrases(): Map<string, { rest: string[]; code: string }[]> {
  if (phrases) return phrases;
  phrases = new Map();
  for (const [code, , name] of readWordTable('place-names.tsv')) {
    const [first, ...rest] = rawTokens(normalizeText(name!));
    if (!first || rest.length === 0 || !/^[A-Z]{2}$/.test(code!)) continue;
    phrases.set(first, [...(phrases.get(first) ?? []), { rest, code: code! }]);
  }
  return phrases;
}

/** The countries a text's word sequences name («بالولايات المتحدة»: the clinging letter off the first word). */
function phraseCountries(tokens: string[], codes: Set<string>): void {
  const table = countryPhrases();
  tokens.forEach((token, position) => {
    for (const form of isArabicToken(token) ? withoutProclitics(token) : [token]) {
      for (const { rest, code } of table.get(form) ?? []) if (rest.every((word, offset) => tokens[position + 1 + offset] === word)) codes.add(code);
    }
  });
}

/** The countries a text names, in a word or in a name of several («الولايات المتحدة»). */
export function textCountries(text: string): Set<string> {
  const codes = new Set<string>();
  const tokens = rawTokens(normalizeText(text));
  for (const token of tokens) for (const code of countriesOf(token)) codes.add(code);
  phraseCountries(tokens, codes);
  return codes;
}

/** Every country the article names anywhere: title, dateline, paragraphs, translations. */
function namedCountries(index: ParagraphIndex, article: ArticleHead): Named {
  const known = named.get(article);
  if (known) return known;
  const codes = new Set<string>();
  const words = new Set<string>();
  const texts = [article.meta.title, article.meta.dateline ?? '', article.translation?.title ?? ''];
  for (const head of article.paragraphs) {
    const paragraph = index.bodies.readParagraph(head);
    texts.push(paragraph.text, paragraph.translation ?? '');
  }
  for (const text of texts) {
    const tokens = rawTokens(normalizeText(text));
    for (const token of tokens) {
      words.add(token.replace(/^ال/, ''));
      for (const code of countriesOf(token)) codes.add(code);
    }
    phraseCountries(tokens, codes);
  }
  const result = { codes, words: [...words] };
  named.set(article, result);
  return result;
}

/** The codes of every country the article names anywhere (title, dateline, paragraphs, translations). */
export function articleCountryCodes(index: ParagraphIndex, article: ArticleHead): ReadonlySet<string> {
  return namedCountries(index, article).codes;
}

/**
 * Whether the question names a country that the article, set in another, never names: the country's code, read from
 * the question's word in either language, against every code the article's words give (its own language and its
 * translation). An article may name a country by a word the tables lack («المغول» for the Mongols), most often in the
 * language the question is not in: answer-confidence.ts asks across languages only of a report with a dateline.
 */
export function asksOfAnotherCountry(index: ParagraphIndex, questionWords: Iterable<string>, article: ArticleHead): boolean {
  // Most questions name no country: the article is read only for one that does, and only if its lead sets it somewhere.
  const asked = [...questionWords].map((word) => ({ word, codes: [...countriesOf(word)] })).filter(({ codes }) => codes.length > 0);
  if (asked.length === 0 || leadCountry(index, article) === null) return false;
  const held = namedCountries(index, article);
  const said = (word: string) => {
    const stem = stemToken(word).replace(/^ال/, '');
    return stem.length >= 3 && held.words.some((form) => form.startsWith(stem));
  };
  return asked.some(({ word, codes }) => !codes.some((code) => held.codes.has(code)) && !said(word));
}
