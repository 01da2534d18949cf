/**
 * Senses read before FreeDict's own (lexicon.ts), from general word lists in knowledge/language/: FreeDict's Arabic
 * side lacks many everyday news words, and its English side gives many everyday words one rare sense.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';

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
    for (const form of word.startsWith('ال') ? [word] : [word, `ال${word}`]) added.set(form, [...(added.get(form) ?? []), ...senses]);
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
  const add = (english: string, arabic: string): void => {
    const senses = added.get(english) ?? [];
    if (!senses.includes(arabic)) added.set(english, [...senses, arabic]);
  };
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
