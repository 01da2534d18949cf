/**
 * Shapes of a yes/no question that carry no question word and no auxiliary first, as strangers type them:
 * a statement with a verb («الشركة بترفع الأسعار السنة دي؟» "is the company raising prices this year?»), a comparison
 * asked as a statement («سعر الكهربا هناك ارخص من تعرفة البيوت؟»), and an English question closed on "or not",
 * "or what" or a tag ("the plant closed, right?"). Without this a cue word inside the statement («الشركة»، «السنة»،
 * «سعر») reads it as asking an organisation, a date or a number, and the answer gives a passage without its verdict.
 * Also «العام» "general" as an adjective («الاتحاد العمالي العام»): not the year a date question asks.
 * Words: knowledge/language/yes-no-shapes.tsv, comparatives.tsv; dialect forms: dialect-msa.tsv.
 */
import { dialectStandardMap, dialectVerbForms } from '../text/dialect-forms.js';
import { languageMap } from '../text/language-data.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord } from '../text/tokenize.js';
import { isPastOfKnownVerb, isPresentOfKnownVerb } from './present-verbs.js';
import { isFillerWord } from './question-words.js';

let shapes: Map<string, string> | undefined;
let comparatives: Map<string, string> | undefined;
const roleOf = (token: string | undefined) => (token === undefined ? undefined : (shapes ??= languageMap('yes-no-shapes.tsv', 2)).get(token));

/** «أرخص»، «اكتر» (read as «أكثر»), "cheaper": a comparative of comparatives.tsv, in either language. */
function isComparative(token: string): boolean {
  comparatives ??= languageMap('comparatives.tsv', 2);
  const standard = dialectStandardMap().get(token);
  return [token, standard === undefined ? undefined : normalizeText(standard)].some((form) => form !== undefined && ['more', 'less'].includes(comparatives!.get(form) ?? ''));
}

const THAN: Record<Language, string> = { ar: 'من', en: 'than' };

/** A comparative followed by "than" («ارخص من»، "cheaper than"): the statement asks whether the comparison holds. */
export function asksComparison(tokens: readonly string[], lang: Language): boolean {
  return tokens.some((_, position) => isThanAt(tokens, position + 1, lang));
}

/** «من» right after a comparative («اكثر من نص…») is "than", never "who", wherever it stands. */
export function isThanAt(tokens: readonly string[], position: number, lang: Language): boolean {
  return position > 0 && tokens[position] === THAN[lang] && isComparative(tokens[position - 1]!);
}

/** "…, daily or not?", "… or what", "…, right?", "open yet?": a close that asks only whether. */
export function endsOnWhether(tokens: readonly string[], lang: Language): boolean {
  if (lang !== 'en' || tokens.length < 3) return false;
  return (tokens.at(-2) === 'or' && roleOf(tokens.at(-1)) === 'or-not') || roleOf(tokens.at(-1)) === 'tag';
}

/** An Arabic verb, past or present, standard or dialect («رفعت»، «بترفع»), not in a relative clause («اللي فازت»). */
export function statesEvent(tokens: readonly string[], lang: Language): boolean {
  if (lang !== 'ar') return false;
  const isVerb = (token: string) =>
    isArabicToken(token) && !isStopWord(token) && !isFillerWord(token) &&
    [token, ...dialectVerbForms(token, { affixesOnly: true })].some((form) => isPastOfKnownVerb(form) || isPresentOfKnownVerb(form));
  return tokens.some((token, position) => isVerb(token) && roleOf(tokens[position - 1]) !== 'relative');
}

/** «العام» right after a definite word is the adjective "general" («الاتحاد العمالي العام»), not "the year". */
export function isGeneralAdjective(tokens: readonly string[], position: number): boolean {
  const before = tokens[position - 1];
  return tokens[position] === 'العام' && before !== undefined && before.startsWith('ال') && before.length > 3;
}
