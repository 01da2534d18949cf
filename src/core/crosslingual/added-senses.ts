/**
 * Senses read before FreeDict's own (lexicon.ts), from general word lists in knowledge/language/: FreeDict's Arabic
 * side lacks many everyday news words, and its English side gives many everyday words one rare sense.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isStopWord } from '../text/tokenize.js';
import { englishLemmaCandidates } from './lexicon-forms.js';

/** An Arabic form with and without the article, as the dictionary lists nouns either way. */
function withAndWithoutArticle(word: string): string[] {
  return word.startsWith('ال') ? [word] : [word, `ال${word}`];
}

/** Appends a sense to a headword's added senses, once. */
function addSense(added: Map<string, string[]>, headword: string, sense: string): void {
  const senses = added.get(headword) ?? [];
  if (!senses.includes(sense)) added.set(headword, [...senses, sense]);
}

/**
 * Everyday news words FreeDict's Arabic side lacks (knowledge/language/press-arabic-english.tsv), each Arabic
 * form with and without the article, as the dictionary lists nouns either way.
 */
export function pressWords(): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const [arabic, english] of languageTable('press-arabic-english.tsv')) {
    const word = normalizeText(arabic ?? '');
    const senses = (english ?? '').split('|').map((sense) => normalizeText(sense)).filter(Boolean);
    if (!word || senses.length === 0) continue;
    for (const form of withAndWithoutArticle(word)) added.set(form, [...(added.get(form) ?? []), ...senses]);
  }
  return added;
}

/**
 * For English questions over Arabic text: the press list read the other way, and the usual renderings of the most
 * used English words (knowledge/language/common-english-arabic.tsv). FreeDict's English side gives most words one
 * sense, often a rare one (strike → «الضربة» only, where the press says «إضراب»; use → «الاستعمال» only).
 */
export function englishUsualWords(): Map<string, string[]> {
  const added = new Map<string, string[]>();
  const add = (english: string, arabic: string): void => addSense(added, english, arabic);
  for (const [arabic, english] of languageTable('press-arabic-english.tsv')) {
    const citation = normalizeText(arabic ?? '');
    // Only the usual rendering: a later one is the Arabic word's other use, not the English word's (كهرباء: "power").
    const sense = normalizeText((english ?? '').split('|')[0] ?? '');
    // With the article, as the dictionary writes its nouns (the sense check reads a word with and without it).
    if (citation && sense) add(sense, citation.startsWith('ال') ? citation : `ال${citation}`);
  }
  for (const [english, arabic] of languageTable('common-english-arabic.tsv')) {
    const word = normalizeText(english ?? '');
    // As written: verbs and adjectives take no article, and the sense check reads a noun with and without it.
    for (const rendering of (arabic ?? '').split('|')) if (word && normalizeText(rendering)) add(word, normalizeText(rendering));
  }
  return added;
}

/**
 * The usual renderings of the most used English words (knowledge/language/common-english-arabic.tsv) read the other
 * way, for an Arabic form to which the dictionary (`dictionarySenses`) gives none of those words: FreeDict's Arabic
 * side gives many such words only rare senses («عام»: "generic", "catchall", where the press says "year"; «الأول»
 * "antecedent", not "first"). Each form with and without the article, as for the press words.
 */
export function everydayEnglishSenses(dictionarySenses: (headword: string) => readonly string[] | undefined): Map<string, string[]> {
  const added = new Map<string, string[]>();
  const common = languageTable('common-english-arabic.tsv').map(([english, arabic]) => [normalizeText(english ?? ''), arabic ?? ''] as const);
  const commonWords = new Set(common.map(([english]) => english));
  // A dictionary sense in another form of a common word ("concerns") is that word.
  const hasCommonSense = (form: string): boolean => (dictionarySenses(form) ?? []).some((sense) => englishLemmaCandidates(sense).some((lemma) => commonWords.has(lemma)));
  for (const [english, arabic] of common) {
    for (const rendering of english ? arabic.split('|') : []) {
      const word = normalizeText(rendering);
      // Not onto a function word a rendering is spelt like («قبل» before, not "accept"; «مثل» like, not "represent").
      if (!word || isStopWord(word)) continue;
      for (const form of withAndWithoutArticle(word)) if (!hasCommonSense(form)) addSense(added, form, english);
    }
  }
  return added;
}
