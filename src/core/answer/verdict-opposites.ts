/**
 * Words of opposite sense, for yes/no answers: "did the council reject the
 * plan?" over "the council approved the plan" is answered "no" — the passage
 * speaks of what was asked and says the opposite. Forms match whole (Arabic
 * after its proclitics), never by stem: «قبل» "before" is no «قبلت» "accepted".
 * Lists: knowledge/language/opposites.tsv.
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord } from '../text/tokenize.js';

/** A scale and a side of it: "assent+" (approve, «وافق»), "assent-" (reject, «رفض»). */
type Pole = string;

/** Form → poles, for passages; and for questions, where forms that are often another word («close» near) are read too. */
let poles: { passage: Map<string, Pole[]>; question: Map<string, Pole[]> } | undefined;

function polesOfForm(form: string, inQuestion: boolean): Pole[] {
  if (!poles) {
    poles = { passage: new Map(), question: new Map() };
    for (const [written, , scale, side, only] of languageTable('opposites.tsv')) {
      const key = normalizeText(written!);
      for (const map of only === 'question' ? [poles.question] : [poles.passage, poles.question]) map.set(key, [...(map.get(key) ?? []), `${scale}${side}`]);
    }
  }
  return (inQuestion ? poles.question : poles.passage).get(form) ?? [];
}

/** The poles a token stands on (an Arabic token read also without its proclitics). */
export function polesOf(token: string, inQuestion = false): Pole[] {
  // «ستخفض»: the future prefix before a present form listed as «تخفض».
  const forms = isArabicToken(token) ? withoutProclitics(token).flatMap((form) => (/^س[يتنا]/.test(form) ? [form, form.slice(1)] : [form])) : [token];
  return [...new Set(forms.flatMap((form) => polesOfForm(form, inQuestion)))];
}

/** "went up", "goes down": a verb and its particle, read as one form (opposites.tsv's two-word forms). */
function pairPoles(tokens: readonly string[], position: number, inQuestion: boolean): Pole[] {
  const next = tokens[position + 1];
  return next === undefined ? [] : polesOfForm(`${tokens[position]} ${next}`, inQuestion);
}

/** The poles of the word at `position` of `tokens`, alone or with the word after it ("remained open"). */
export function polesAt(tokens: readonly string[], position: number, inQuestion = false): Pole[] {
  return [...polesOf(tokens[position]!, inQuestion), ...pairPoles(tokens, position, inQuestion)];
}

function opposite(pole: Pole): Pole {
  return pole.endsWith('+') ? `${pole.slice(0, -1)}-` : `${pole.slice(0, -1)}+`;
}

/**
 * The question's tokens whose opposite the passage holds, and not their own pole ("rose and then fell" settles
 * nothing): "reject" in the question, "approved" in the passage. When the passage holds both, only the poles within
 * `reach` words of what the question asks about (`asked`: the weight of a word of the question's that is no pole word, 0 for
 * any other; stop words are not counted in the reach) count:
 * «خطة لتقليص زمن الانتظار … ومضاعفة عدد الرافعات» doubles the cranes the question asks about. `nearOnly`: those poles
 * only, whatever else the passage holds (the opposite said right beside what is asked). When both poles stand near
 * what is asked ("National Cement's shares rose 5 percent while Gulf Cement's shares fell"), the one beside more of
 * the question's words decides, as the press sets two subjects side by side with «فيما», "while".
 */
export function opposedTokens(questionTokens: readonly string[], passageTokens: readonly string[], asked: (token: string) => number = () => 0, reach = 0, nearOnly = false): string[] {
  const held = new Set(passageTokens.flatMap((_, position) => polesAt(passageTokens, position)));
  const near = nearPoles(passageTokens, asked, reach);
  return questionTokens.filter((token, position) =>
    polesAt(questionTokens, position, true).some((pole) => (nearOnly || held.has(pole) ? saidNearer(near, opposite(pole)) : held.has(opposite(pole)))),
  );
}

/** Each pole of the passage near what is asked, with the most distinct asked words (by their weight) any of its places has within reach. */
function nearPoles(passageTokens: readonly string[], asked: (token: string) => number, reach: number): Map<Pole, number> {
  const poles = passageTokens.map((_, position) => polesAt(passageTokens, position));
  const anchors = passageTokens.flatMap((token, position) => (poles[position]!.length === 0 && asked(token) > 0 ? [position] : []));
  const near = new Map<Pole, number>();
  // Words apart, stop words not counted ("later than first planned", "services between Sylhet and Dhaka have been suspended").
  let content = 0;
  const contentPosition = passageTokens.map((token) => (isStopWord(token) ? content : (content += 1)));
  poles.forEach((tokenPoles, position) => {
    const beside = new Set(anchors.filter((anchor) => Math.abs(contentPosition[anchor]! - contentPosition[position]!) <= reach).map((anchor) => passageTokens[anchor]!));
    const weight = [...beside].reduce((sum, word) => sum + asked(word), 0);
    if (weight > 0) for (const pole of tokenPoles) near.set(pole, Math.max(near.get(pole) ?? 0, weight));
  });
  return near;
}

/**
 * The question's tokens whose own pole the passage says beside what is asked (within `reach`, as opposedTokens reads),
 * nearer than its opposite: «زاد» over "33.9 million inhabitants, up from 29.4 million" says the rise asked even where
 * the lexicon renders the verb by no English word.
 */
export function agreeingTokens(questionTokens: readonly string[], passageTokens: readonly string[], asked: (token: string) => number, reach: number): string[] {
  const near = nearPoles(passageTokens, asked, reach);
  return questionTokens.filter((_, position) => polesAt(questionTokens, position, true).some((pole) => saidNearer(near, pole)));
}

/** Whether the passage says a pole beside what is asked, nearer than its opposite. */
function saidNearer(near: ReadonlyMap<Pole, number>, pole: Pole): boolean {
  return near.has(pole) && (near.get(opposite(pole)) ?? 0) < near.get(pole)!;
}
