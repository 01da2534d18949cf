/**
 * An English question word none of whose Arabic senses the corpus writes, read through the senses' root-mates: the
 * dictionary gives one form of a word (born → «مولود», defeat → «الهزيمة», lost → «مفقود») where the report that
 * answers writes another of the same root (the verb «ولدت», «هزم», «فقد»). When one of its senses is in the corpus,
 * that sense's root-mates are read already (crosslingual-terms.ts); when none is, the word went untranslated and
 * counted missing from every Arabic paragraph, so a question read across languages was refused for words it shares.
 * Evidence only, at a root-mate's credit, as for a kept sense's root-mates: not searched.
 */
import { loadLexicon } from '../crosslingual/lexicon.js';
import { englishLemmaCandidates } from '../crosslingual/lexicon-forms.js';
import { languageMap } from '../text/language-data.js';
import { isArabicToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';

let irregular: Map<string, string> | undefined;

/** The dictionary's single-word Arabic senses of an English word, through its lemmas ("won": "win"; english-irregular-verbs.tsv). */
function arabicSenses(word: string): string[] {
  irregular ??= languageMap('english-irregular-verbs.tsv');
  const lexicon = loadLexicon('en-ar');
  const lemma = irregular.get(word);
  const senses: string[] = [];
  for (const headword of [...englishLemmaCandidates(word), ...(lemma ? [lemma] : [])]) {
    for (const sense of (lexicon.senses(headword) ?? []).slice(0, TUNING.translation.maxSenses)) {
      if (!sense.includes(' ') && isArabicToken(sense) && !senses.includes(sense)) senses.push(sense);
    }
  }
  return senses;
}

/**
 * The senses of the English question words the translation left untranslated (`untranslated`: source word → its
 * term group), for each group: the caller reads their root-mates in the corpus.
 */
export function unkeptSenses(untranslated: ReadonlyMap<string, string>): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  for (const [word, group] of untranslated) {
    const senses = arabicSenses(word);
    if (senses.length > 0) byGroup.set(group, [...(byGroup.get(group) ?? []), ...senses]);
  }
  return byGroup;
}
