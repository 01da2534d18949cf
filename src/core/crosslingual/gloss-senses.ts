/**
 * Which dictionary senses of an Arabic word a gloss shows first. FreeDict lists senses in no useful order
 * («التعليم»: "catechism" before "education"; «يوم»: "ilium" before "day"), so they are ordered by what a reader
 * expects: a common English word (SCOWL's size lists, knowledge/language/english-word-levels.tsv) whose
 * translation leads back to the Arabic word.
 */
import { languageTable } from '../text/language-data.js';
import { isStopWord } from '../text/tokenize.js';
import { loadLexicon } from './lexicon.js';
import { arabicLookupCandidates } from './lexicon-forms.js';

/** The level of a word no list holds: rarer than the rarest listed. */
const UNLISTED = 95;

let levels: Map<string, number> | undefined;

/** How common an English word is: its SCOWL size (10 the most common words); unlisted words count as rare. */
function wordLevel(word: string): number {
  levels ??= new Map(languageTable('english-word-levels.tsv').map(([english, size]) => [english!, Number(size)]));
  return levels.get(word) ?? UNLISTED;
}

/** A sense is as common as its rarest content word ("night companion": "companion"). */
export function senseLevel(sense: string): number {
  const words = sense.split(' ').filter((word) => word && !isStopWord(word));
  return words.length === 0 ? UNLISTED : Math.max(...words.map(wordLevel));
}

/** Whether the sense's English word translates back into one of the Arabic word's forms. */
function leadsBackTo(forms: ReadonlySet<string>): (sense: string) => boolean {
  const english = loadLexicon('en-ar');
  return (sense) => (english.senses(sense) ?? []).some((arabic) => forms.has(arabic) || arabicLookupCandidates(arabic).some((form) => forms.has(form)));
}

/** The senses of a normalised Arabic token, those a reader expects first; dictionary order breaks ties. */
export function expectedSenses(token: string, senses: readonly string[]): string[] {
  const leadsBack = leadsBackTo(new Set(arabicLookupCandidates(token)));
  const scored = senses.map((sense, position) => ({ sense, position, back: leadsBack(sense) ? 0 : 1, level: senseLevel(sense) }));
  scored.sort((a, b) => a.level - b.level || a.back - b.back || a.position - b.position);
  return scored.map(({ sense }) => sense);
}
