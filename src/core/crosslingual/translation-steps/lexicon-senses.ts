/**
 * Steps 1–2 of a query translation: lexicon entries (multi-word first) and
 * their senses that occur in the corpus, else corpus words spelt like a sense.
 */
import { englishInflectedCandidates } from '../lexicon-forms.js';
import { lookupEnglish, type LexiconMatch } from '../lexicon-lookup.js';
import { lookupArabicForTranslation } from '../translation-lexicon.js';
import { stripArabicArticle } from '../../text/tokenize.js';
import { expectedSenses } from '../gloss-senses.js';
import { keptInOrder, respelledSenses, type SenseChoice } from '../sense-choice.js';
import { countedNounSenses } from './counted-noun.js';
import { isQuestionPhrasing, type QueryTranslator } from './query-translator.js';

/**
 * The senses the dictionary gives an inflected form of the word's lemmas (water → "waters" → «المياه»): a
 * dictionary built partly by inverting the other direction lists many nouns only in the plural.
 */
function inflectedSenses(translator: QueryTranslator, headwords: readonly string[]): SenseChoice[] {
  const senses: string[] = [];
  for (const headword of headwords) {
    for (const form of englishInflectedCandidates(headword)) {
      for (const sense of translator.lexicon.senses(form) ?? []) if (!senses.includes(sense)) senses.push(sense);
    }
  }
  return translator.keptSenses(senses);
}

export function addLexiconSenses(translator: QueryTranslator): void {
  const { tokens, from, lexicon, known, translated } = translator;
  const contentTokens = tokens.map((token) => (isQuestionPhrasing(token) ? '' : token));
  const matches: LexiconMatch[] = from === 'en' ? lookupEnglish(contentTokens) : lookupArabicForTranslation(contentTokens, true);
  for (const match of matches) {
    const source = tokens.slice(match.start, match.end).join(' ');
    for (let i = match.start; i < match.end; i += 1) known.add(i);
    let kept: SenseChoice[] = [];
    if (from === 'en') {
      // English: the form closest to the question's word (surface form, then its
      // lemmas) whose senses occur in the corpus; its usual renderings alone when
      // the corpus has one (FreeDict's own senses are often rare ones: use → «الاستعمال»).
      // Arabic: every clitic reading of the token is as likely as the next, so their senses are pooled.
      for (const headword of match.headwords) {
        kept = translator.keptSenses(lexicon.usualSenses(headword));
        if (kept.length === 0) kept = translator.keptSenses(lexicon.senses(headword) ?? []);
        if (kept.length > 0) break;
      }
      if (kept.length === 0 && match.end - match.start === 1) kept = inflectedSenses(translator, match.headwords);
      else if (kept.length > 0 && source === translator.counted) kept = countedNounSenses(translator, match.headwords, kept);
    } else {
      // FreeDict lists an Arabic word's senses in no useful order: read them in the order a reader expects (the common
      // English word first), as a gloss does, a word with the article as a noun.
      const token = tokens[match.start]!;
      const nominal = match.end - match.start === 1 && stripArabicArticle(token) !== token;
      kept = keptInOrder(expectedSenses(match, nominal, lexicon), translator.vocabulary, translator.index, translator.options.maxSenses);
    }
    if (kept.length === 0) kept = respelledSenses(match.senses, translator.vocabulary, translator.options);
    if (kept.length === 0) continue;
    translator.addSenses(kept, source, 1);
    for (let i = match.start; i < match.end; i += 1) translated.add(i);
  }
}
