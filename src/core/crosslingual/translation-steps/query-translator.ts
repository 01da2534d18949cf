/**
 * What one question's translation shares between its steps: the question's
 * tokens and word shapes, which token positions the lexicon knows and which are
 * translated, and the weighted terms found so far.
 */
import { isFillerWord, isQuestionWord } from '../../question/question-words.js';
import { readQuestion } from '../../question/read-question.js';
import { TUNING } from '../../tuning.js';
import { normalizeText } from '../../text/normalize.js';
import { writtenOut } from '../../text/shorthand.js';
import { isStopWord, rawTokens } from '../../text/tokenize.js';
import { withoutNameArticles } from '../../text/name-particles.js';
import { type Lexicon } from '../lexicon.js';
import { isDictionaryWord } from '../dictionary-words.js';
import { keptSenses, type SenseChoice } from '../sense-choice.js';
import { translationLexicon } from '../translation-lexicon.js';
import type { NameIndex, NameMatch } from '../transliteration/name-index.js';
import { scoredLatinCandidates } from '../transliteration/latin-to-arabic.js';
import { nameIndex, vocabularyIndex, type CorpusVocabulary, type VocabularyIndex } from '../vocabulary.js';
import type { TranslatedTerm, TranslateOptions } from '../translated-terms.js';
import { wordShapes, type WordShape } from '../word-shapes.js';

/** Question phrasing that the stop-word list keeps but that never helps retrieval (question and filler words). */
export const isQuestionPhrasing = (token: string): boolean => isQuestionWord(token) || isFillerWord(token);

/** Vocabulary tokens the word's transliterations reach, close to the best match. */
function nameTerms(token: string, names: NameIndex, vocabulary: CorpusVocabulary, options: Required<TranslateOptions>): NameMatch[] {
  const matches = names.match(token, { minSimilarity: options.minNameSimilarity, limit: options.maxNameMatches * 2 });
  const best = matches[0]?.similarity ?? 0;
  const found = matches
    .filter((match) => match.similarity >= best - options.nameMargin && vocabulary.documentFrequency(match.token) > 0)
    .slice(0, options.maxNameMatches);
  return found.length > 0 || names.script !== 'ar' ? found : syllableNameTerms(token, names, vocabulary, options);
}

/**
 * A Chinese given name is one word in Latin letters and two in Arabic (Jinping: «جين بينغ»): a name no corpus word
 * spells is read at a syllable's end (a nasal -n or -ng before a consonant), each half spelt closely by a word.
 */
function syllableNameTerms(token: string, names: NameIndex, vocabulary: CorpusVocabulary, options: Required<TranslateOptions>): NameMatch[] {
  for (const cut of [...token.matchAll(/(?<=^[^aeiou]*[aeiou]+ng?)(?=[^aeiou])/g)].map((match) => match.index)) {
    const halves = [token.slice(0, cut), token.slice(cut)];
    if (halves.some((half) => half.length < 3)) continue;
    const spelt = halves.map((half) => names.match(half, { minSimilarity: options.minLooseNameSimilarity, limit: 1 }).find((match) => vocabulary.documentFrequency(match.token) > 0));
    if (spelt.every((match) => match !== undefined)) return spelt as NameMatch[];
  }
  return [];
}

const DEFAULTS: Required<TranslateOptions> = TUNING.translation;

export class QueryTranslator {
  readonly terms: TranslatedTerm[] = [];
  readonly options: Required<TranslateOptions>;
  readonly index: VocabularyIndex;
  readonly tokens: string[];
  readonly shapes: Map<string, WordShape>;
  readonly lexicon: Lexicon;
  /** Token positions the lexicon has an entry for, and those one of whose senses occurs in the corpus. */
  readonly known = new Set<number>();
  readonly translated = new Set<number>();
  /** An English question typed without capitals ("who coached the broncos"): any word may be a name, as a capitalised one would be. */
  readonly typedLowerCase: boolean;
  /** The noun a "how many" / «كم» question counts (read-question.ts), or null: read in the form the other language counts it (counted-noun.ts). */
  readonly counted: string | null;
  /** The names a word reaches at a similarity: a lower-case word's are asked by the spelling step and again by the names step. */
  private readonly nameMatches = new Map<string, NameMatch[]>();

  constructor(
    question: string,
    readonly from: 'en' | 'ar',
    readonly vocabulary: CorpusVocabulary,
    options: TranslateOptions,
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.index = vocabularyIndex(vocabulary);
    this.shapes = from === 'en' ? wordShapes(question) : new Map();
    this.typedLowerCase = from === 'en' && !/\p{Lu}/u.test(question);
    this.lexicon = translationLexicon(from === 'en' ? 'en-ar' : 'ar-en');
    // Chat shorthand the lexicon has no entry for ("govt", "ppl") is translated as the words it stands for.
    const lexicon = this.lexicon;
    const spelledOut = (token: string) => (from === 'en' && !lexicon.has(token) ? writtenOut(token)?.split(' ') : undefined);
    this.tokens = withoutNameArticles(rawTokens(normalizeText(question))).flatMap((token) => spelledOut(token) ?? [token]);
    this.counted = readQuestion(question, from).counted;
  }

  isContent(token: string): boolean {
    return !isStopWord(token) && !isQuestionPhrasing(token) && /\p{L}/u.test(token);
  }

  /** The senses that occur in the corpus, the most specific first (at most maxSenses). */
  keptSenses(senses: readonly string[]): SenseChoice[] {
    return keptSenses(senses, this.vocabulary, this.index, this.options.maxSenses);
  }

  namesOf(token: string, minNameSimilarity: number): NameMatch[] {
    const key = `${minNameSimilarity} ${token}`;
    let found = this.nameMatches.get(key);
    if (!found) {
      found = nameTerms(token, nameIndex(this.vocabulary, this.from === 'en' ? 'ar' : 'latin'), this.vocabulary, { ...this.options, minNameSimilarity });
      if (this.from === 'ar') found = found.filter((match) => this.spellsName(token, match));
      this.nameMatches.set(key, found);
    }
    return found;
  }

  /**
   * The names the corpus writes (writtenAsName) that an Arabic word beginning with the article's letters spells
   * whole: the dictionary reads «الماتي» as «ماتي», «الواي» as "alway", while the text says Almaty, Elway. Only a
   * name whose own Arabic spellings (latin-to-arabic.ts) include the word counts: bigram keys alone let «الطاعون»
   * reach "Italian".
   */
  wholeNamesOf(token: string): NameMatch[] {
    const vocabulary = this.vocabulary;
    if (this.from !== 'ar' || !vocabulary.writtenAsName) return [];
    const forms = [token, token.replace(/^[وفبكل](?=ال)/u, '')];
    const matches = nameIndex(this.vocabulary, 'latin').matchWhole(token, { minSimilarity: this.options.minLooseNameSimilarity, limit: this.options.maxNameMatches * 2 });
    return matches
      .filter((match) => vocabulary.writtenAsName!(match.token) && scoredLatinCandidates(match.token, TUNING.names.wholeNameSpellings).some((spelling) => forms.includes(spelling.text)))
      .slice(0, this.options.maxNameMatches);
  }

  /**
   * Arabic has no capitals to tell a name: an Arabic word spelt like an English one is that name when the corpus
   * writes it as one («البرونكوس» → Broncos), else only spelt almost alike, as a loanword (not an Arabic dictionary
   * word: «الاكسجين» → oxygen) or as a word no English dictionary knows and the corpus never writes in lower case (a
   * name it writes only where a sentence begins: «الماتي» → Almaty, though the dictionary reads «ماتي» as "mattie";
   * not the "pestis" of "Yersinia pestis"), never a common word it happens to sound like («العديد» → "did").
   */
  private spellsName(token: string, match: NameMatch): boolean {
    const vocabulary = this.vocabulary;
    if (!vocabulary.writtenAsName || vocabulary.writtenAsName(match.token)) return true;
    if (match.similarity < this.options.minLoanwordSimilarity) return false;
    return !isDictionaryWord(token) || (!isDictionaryWord(match.token) && vocabulary.writtenInLowerCase?.(match.token) === false);
  }

  addTerm(term: TranslatedTerm): void {
    const known = this.terms.find((existing) => existing.term === term.term && existing.via === term.via);
    if (known) known.weight = Math.max(known.weight, term.weight);
    else this.terms.push(term);
  }

  /** The source word's weight (`scale`) shared between its senses in proportion to how specific they are. */
  addSenses(choices: SenseChoice[], source: string, scale: number): void {
    const total = choices.reduce((sum, { specificity }) => sum + specificity, 0);
    for (const { sense, specificity } of choices) {
      const share = total > 0 ? specificity / total : 1 / choices.length;
      this.addTerm({ term: sense, weight: scale * share, source, via: 'lexicon' });
    }
  }
}
