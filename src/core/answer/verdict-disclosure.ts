/**
 * Questions asking whether the article gives a value: "do we know when the first payments will go out?", "did they
 * say what the returned pieces are worth?", «هل أعلنت الوزارة متى تبدأ الحملة؟». They are not asking whether the
 * payments go out, so a passage about the payments is no "yes"; a passage saying the value was not told ("He did not
 * say when the first payments would be made", «لم يعلن الجانبان قيمتها», "declined to comment") answers "no" — it
 * decides the question and is the one cited. A passage in which the one the question names declined to tell ("did
 * Northgate say anything about the verdict?" over "Northgate did not reply to requests for comment") answers "no" even
 * when it shares nothing else with the question: what they were asked about is what they did not answer.
 * Words and phrases: knowledge/language/disclosure.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import type { Verdict } from '../types.js';

let words: { telling: Set<string>; asked: Set<string>; withheld: string[] } | undefined;

function table() {
  if (!words) {
    words = { telling: new Set(), asked: new Set(), withheld: [] };
    for (const [form, , kind] of languageTable('disclosure.tsv')) {
      const normalized = rawTokens(normalizeText(form!)).join(' ');
      if (kind === 'telling') words.telling.add(normalized);
      else if (kind === 'asked') words.asked.add(normalized);
      // «ولم تعلن»: the press writes a conjunction on the phrase's first word.
      else if (kind === 'withheld') words.withheld.push(...(isArabicToken(normalized) ? ['', 'و', 'ف'] : ['']).map((conjunction) => ` ${conjunction}${normalized} `));
    }
  }
  return words;
}

/** How many words after the verb of knowing or telling the question word may stand ("did they say what…", "do we know exactly when…"). */
const REACH = 3;

/** Whether a yes/no question asks whether a value was told: a verb of knowing or telling with a question word right after it. */
export function asksWhetherTold(question: string): boolean {
  const { telling, asked } = table();
  const tokens = rawTokens(normalizeText(question));
  return tokens.some((token, position) => telling.has(token) && tokens.slice(position + 1, position + 1 + REACH).some((word) => asked.has(word)));
}

/** Whether a passage (in any of its views) says something was not told or is not known. */
export function saysWithheld(texts: readonly string[]): boolean {
  const { withheld } = table();
  return texts.some((text) => {
    const said = ` ${rawTokens(normalizeText(text)).join(' ')} `;
    return withheld.some((phrase) => said.includes(phrase));
  });
}

/**
 * The verdict once a question asking whether a value was told is checked against a passage saying it was not.
 * `isNamed`: whether a normalised word is one of the names the question gives (who was to tell).
 */
export function byDisclosure(verdict: Verdict, question: string, texts: readonly string[], isNamed: (token: string) => boolean = () => false): Verdict {
  if (!asksWhetherTold(question) || !saysWithheld(texts)) return verdict;
  // An undecided passage decides only when it names who declined: another's silence says nothing of the one asked.
  return verdict !== 'not_said' || texts.some((text) => saysWithheld([text]) && rawTokens(normalizeText(text)).some(isNamed)) ? 'no' : verdict;
}
