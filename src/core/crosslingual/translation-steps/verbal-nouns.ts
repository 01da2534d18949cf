/**
 * An English word whose Arabic senses are all verbal nouns of a derived verb form the corpus never writes, while it
 * writes the verb: FreeDict gives boycott → «المقاطعة», and the report says «وقاطع ثمانية أعضاء الجلسة». Each such
 * sense is read as the past of its verb by the pattern the form's verbal noun follows (Arabic grammar, not a word
 * list): مفاعلة → فاعل، إفعال → أفعل، افتعال → افتعل، انفعال → انفعل، استفعال → استفعل. Only the derived forms
 * whose verbal noun has one pattern are read (form II's تفعيل has the form I masdar's shape too); kept, as any
 * sense, only where the corpus has the verb, at the weight of a related word's senses.
 */
import { englishLemmaCandidates } from '../lexicon-forms.js';
import { stripArabicArticle } from '../../text/tokenize.js';
import type { QueryTranslator } from './query-translator.js';

/** Verbal noun pattern of a derived form → its past (three radicals captured). */
const VERBAL_NOUNS: [RegExp, string][] = [
  [/^م(.)ا(.)(.)[ةه]$/u, '$1ا$2$3'],
  [/^ا(.)(.)ا(.)$/u, 'ا$1$2$3'],
  [/^ا(.)ت(.)ا(.)$/u, 'ا$1ت$2$3'],
  [/^ان(.)(.)ا(.)$/u, 'ان$1$2$3'],
  [/^است(.)(.)ا(.)$/u, 'است$1$2$3'],
];

/** The past verb a single-word verbal noun sense names, or null. */
export function verbOfVerbalNoun(sense: string): string | null {
  if (sense.includes(' ')) return null;
  const noun = stripArabicArticle(sense);
  for (const [pattern, verb] of VERBAL_NOUNS) if (pattern.test(noun)) return noun.replace(pattern, verb);
  return null;
}

export function addVerbalNounSenses(translator: QueryTranslator): void {
  if (translator.from !== 'en') return;
  const { translated } = translator;
  translator.tokens.forEach((token, position) => {
    if (translated.has(position) || !translator.isContent(token) || translator.shapes.get(token)?.capitalised) return;
    const verbs: string[] = [];
    for (const form of [token, ...englishLemmaCandidates(token)]) {
      for (const sense of translator.lexicon.senses(form) ?? []) {
        const verb = verbOfVerbalNoun(sense);
        if (verb && !verbs.includes(verb)) verbs.push(verb);
      }
    }
    const kept = translator.keptSenses(verbs);
    if (kept.length === 0) return;
    translator.addSenses(kept, token, translator.options.derivedWeight);
    translated.add(position);
  });
}
