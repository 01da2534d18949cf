/**
 * Which dictionary senses of an Arabic word a gloss shows first. FreeDict lists senses in no useful order
 * («التعليم»: "catechism" before "education"; «يوم»: "ilium" before "day"), so they are ordered by what a reader
 * expects: the common English word (knowledge/language/english-word-levels.tsv: SCOWL's size lists and
 * WordNet's tagged-corpus counts). Every sense's word leads back to the Arabic word (the lexicon's two
 * directions include each other's inversions), so that says nothing about which to show.
 */
import { languageTable } from '../text/language-data.js';
import { isStopWord } from '../text/tokenize.js';
import { readWordList } from '../text/word-lists.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import type { LexiconMatch } from './lexicon-lookup.js';

/** The level of a word no list holds: rarer than the rarest listed. */
const UNLISTED = 95;
const OFFENSIVE = UNLISTED + 1;

interface Commonness {
  /** SCOWL size: 10 the most common words … UNLISTED. */
  level: number;
  /** Times WordNet's tagged corpus (SemCor) used the word as a lemma, and as a verb. */
  count: number;
  verbCount: number;
}

let table: Map<string, Commonness> | undefined;
let offensive: Set<string> | undefined;

function wordCommonness(word: string): Commonness {
  table ??= new Map(
    languageTable('english-word-levels.tsv').map(([english, size, count, verbCount]) => [english!, { level: Number(size) || UNLISTED, count: Number(count) || 0, verbCount: Number(verbCount) || 0 }]),
  );
  return table.get(word) ?? { level: UNLISTED, count: 0, verbCount: 0 };
}

/** Whether an English word is among the common ones: SCOWL size at most `level` (10 the most common). */
export function isCommonEnglishWord(word: string, level: number): boolean {
  return wordCommonness(word).level <= level;
}

/** The share of an English word's uses in WordNet's tagged corpus that are verbs (0 for a word it never tags). */
export function verbShare(word: string): number {
  const { count, verbCount } = wordCommonness(word);
  return count > 0 ? verbCount / count : 0;
}

/** A sense is as common as its rarest content word ("night companion": "companion"). */
function senseCommonness(sense: string, nominal: boolean): { level: number; count: number } {
  const content = sense.split(' ').filter((word) => word && !isStopWord(word));
  offensive ??= new Set(readWordList('english-offensive.txt'));
  // WordNet's usage domains of obscenities and slurs (english-offensive.txt).
  if (content.some((word) => offensive!.has(word))) return { level: OFFENSIVE, count: 0 };
  const words = content.map(wordCommonness);
  if (words.length === 0) return { level: UNLISTED, count: 0 };
  return { level: Math.max(...words.map((word) => word.level)), count: Math.min(...words.map((word) => (nominal ? word.count - word.verbCount : word.count))) };
}

/**
 * The senses of a looked-up Arabic word (its headwords and their merged senses), those a reader expects first:
 * the press list's usual renderings in its order, then the more common English word (SCOWL size, then WordNet's
 * count), a single word before a phrase of the same size («بسرعة»: "quickly" before "speed up"). A `nominal`
 * word (it has the article) counts only the English word's uses as a noun or adjective («القانون»: "law", not
 * "act"). The dictionary's order only breaks ties: it carries no sense frequency. `lexicon` is the one the match was
 * read in: a translation's also reads the everyday senses first (translation-lexicon.ts), a gloss's does not.
 */
export function expectedSenses(match: Pick<LexiconMatch, 'headwords' | 'senses'>, nominal = false, lexicon: Lexicon = loadLexicon('ar-en')): string[] {
  const usual = match.headwords.flatMap((headword) => lexicon.usualSenses(headword));
  const scored = match.senses.map((sense, position) => ({
    sense,
    position,
    usual: usual.includes(sense) ? usual.indexOf(sense) : usual.length,
    phrase: sense.includes(' ') ? 1 : 0,
    ...senseCommonness(sense, nominal),
  }));
  scored.sort((a, b) => a.usual - b.usual || a.level - b.level || a.phrase - b.phrase || b.count - a.count || a.position - b.position);
  // An obscenity or a slur is left out whenever the word has another sense.
  const decent = scored.filter(({ level }) => level !== OFFENSIVE);
  return (decent.length > 0 ? decent : scored).map(({ sense }) => sense);
}
