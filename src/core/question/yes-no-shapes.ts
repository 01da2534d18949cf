/**
 * Shapes of a yes/no question that carry no question word and no auxiliary first, as strangers type them:
 * a comparison asked as a statement («سعر الكهربا هناك ارخص من تعرفة البيوت؟» "is power there cheaper than
 * the home tariff?", «نقلت ركاب اكتر من السنة اللي قبلها؟»), and an English question closed on "or not" / "or what"
 * ("flights to Sarajevo, daily or not?"). Without this a cue word inside the statement («سعر»، «السنة») reads it
 * as asking a number or a date, and the answer gives a passage without its verdict. Also «العام» "general" as
 * an adjective («الاتحاد العمالي العام»، «الأمين العام»): not the year a date question asks.
 * Comparatives: knowledge/language/comparatives.tsv; dialect forms: dialect-msa.tsv.
 */
import { languageMap } from '../text/language-data.js';
import { dialectStandardMap } from '../text/dialect-forms.js';
import { normalizeText } from '../text/normalize.js';
import type { Language } from '../text/language.js';

let comparatives: Map<string, string> | undefined;

/** «أرخص»، «اكتر» (read as «أكثر»), "cheaper": a comparative of comparatives.tsv, in either language. */
function isComparative(token: string): boolean {
  comparatives ??= languageMap('comparatives.tsv', 2);
  const kind = (form: string | undefined) => (form === undefined ? undefined : comparatives!.get(form));
  const standard = dialectStandardMap().get(token);
  return [kind(token), kind(standard === undefined ? undefined : normalizeText(standard))].some((found) => found === 'more' || found === 'less');
}

/** "Than" in the question's language: «من», "than". */
const THAN: Record<Language, string> = { ar: 'من', en: 'than' };

/** A comparative followed by "than" («ارخص من»، "cheaper than"): the statement asks whether the comparison holds. */
export function asksComparison(tokens: readonly string[], lang: Language): boolean {
  return tokens.some((token, position) => tokens[position + 1] === THAN[lang] && isComparative(token));
}

/** "…, daily or not?", "… or what": a closing alternative that is no alternative, only "whether". */
const ENGLISH_OR_NOT = new Set(['not', 'no', 'what', 'wat', 'nah', 'nope']);

export function endsOnOrNot(tokens: readonly string[], lang: Language): boolean {
  return lang === 'en' && tokens.length > 2 && tokens.at(-2) === 'or' && ENGLISH_OR_NOT.has(tokens.at(-1)!);
}

/** «العام» right after a definite word is the adjective "general" («الاتحاد العمالي العام»), not "the year". */
export function isGeneralAdjective(tokens: readonly string[], position: number): boolean {
  const before = tokens[position - 1];
  return tokens[position] === 'العام' && before !== undefined && before.startsWith('ال') && before.length > 3;
}
