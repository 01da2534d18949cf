/**
 * Which kind of answer a question wants (a number, a date, a person, a place, an
 * organisation, yes/no, a reason, a stance, a quote, a definition): from its first
 * question word (question-words.tsv), refined by a cue word beside it ("which year",
 * «أي صحيفة»: answer-type-cues.tsv), or from its shape (an auxiliary first, a
 * statement with a question mark).
 */
import type { Language } from '../text/language.js';
import { languageMap } from '../text/language-data.js';
import type { AnswerType } from '../types.js';
import { asksAboutFuture } from './future-tense.js';
import { cueAt } from './answer-type-cues.js';
import { isQuestionWord, questionIntent, type QuestionIntent } from './question-words.js';
import { asksComparison, endsOnWhether, isGeneralAdjective, isThanAt, statesEvent } from './yes-no-shapes.js';

const INTENT_TYPES: Partial<Record<QuestionIntent, AnswerType>> = {
  how_many: 'number', how_much: 'number', when: 'date', where: 'place', who: 'person', whose: 'person', why: 'reason', yes_no: 'yes_no',
};
/** Also "r", chat for "are" ("r the schools ok with it?"). */
const ENGLISH_AUXILIARIES = new Set(['is', 'are', 'r', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'has', 'have', 'had', 'should', 'shall', 'may', 'might', 'must',
  'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'hasnt', 'havent', 'shouldnt']);
/** "Can you tell me how many…", "do u know when…": a request to be told, whose own question is the one it embeds. */
const YOU = new Set(['you', 'u', 'ya', 'yu']);
const TELLING = new Set(['tell', 'know', 'say', 'explain', 'show', 'remember', 'give', 'find']);
/** "Can you tell me if…": the request embeds a yes/no question. */
const WHETHER = new Set(['if', 'whether']);
/** "How many", "how much", "how often": a number answers, whatever word follows. */
const HOW_QUANTIFIERS = new Set(['many', 'much', 'often']);
/** Trailing "or not" of a dialect yes/no question: «ولا لأ»، «أم لا». */
const OR_NOT = /(?:^| )(?:ولا|ام|او) (?:لا|لا؟|ايه|شو)(?: |$)/;
/** «كبيرة ولا صغيرة؟», "big or small?": a choice between two things asks which, not whether ("… or what?" does not choose). */
const ALTERNATIVE = /(?:^| )(?:ولا|او|ام|or) (?!(?:لا|لأ|not|no|what|wat|nah|nope|ايه|شو|لاء)(?: |$))\S+/;
/** «هو …؟»: the pronoun that opens a dialect yes/no question. */
const PRONOUN_OPENERS = new Set(['هو', 'هي', 'هم', 'هوا', 'هيا']);
/** Also "from", "not", "any": a question word only at the start of a clause or after a preposition («في أي عام»). */
const MSA_AMBIGUOUS = new Set(['من', 'ما', 'اي', 'ايه']);
/** «إلام» "to what", which normalising writes as «الأم» "the mother" («اللغة الأم»، «الشركة الأم»): asks only opening a clause. */
const OPENING_ONLY = new Set(['الام']);
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'منذ', 'حسب', 'خلال', 'بين']);
/** Intents whose answer kind a cue word refines ("which year", «أي صحيفة», "who … which office"). */
const REFINABLE = new Set<QuestionIntent | null>(['what', 'which', 'who', 'whose', null]);

let openers: Map<string, string> | undefined;
/** "so", "ok", "and": a word a typed question may open on before the question proper (discourse-openers.tsv). */
function isOpener(token: string): boolean {
  openers ??= languageMap('discourse-openers.tsv', 2);
  return openers.has(token);
}

/**
 * Where an English question proper begins: after leading fillers ("so", "ok", "and"), after a
 * topic set first ("hw about the new cable, did the minister say…?": the clause after the comma asks),
 * and after a "when" clause that sets the scene ("when many people are arrested, what is a common tactic?":
 * "when" with no auxiliary after it asks nothing, the question word opening the next clause does).
 */
function englishOpening(tokens: string[], clauseStarts: ReadonlySet<number>): number {
  let at = 0;
  while (at < tokens.length - 1 && isOpener(tokens[at]!)) at++;
  const topicFirst = (questionIntent(tokens[at] ?? '') === 'how' || questionIntent(tokens[at] ?? '') === 'what') && tokens[at + 1] === 'about';
  const later = [...clauseStarts].filter((start) => start > at + 1).sort((a, b) => a - b);
  if (topicFirst) return later[0] ?? at;
  const sceneFirst = questionIntent(tokens[at] ?? '') === 'when' && !ENGLISH_AUXILIARIES.has(tokens[at + 1] ?? '');
  return (sceneFirst ? later.find((start) => isQuestionWord(tokens[start]!)) : undefined) ?? at;
}

/** The answer type of a question given as normalised tokens, with the positions that open a clause (after a comma, a full stop). */
export function answerTypeOf(tokens: string[], lang: Language, asked: boolean, graded: string | null, clauseStarts: ReadonlySet<number> = new Set()): { type: AnswerType; intent: QuestionIntent | null } {
  const opening = lang === 'en' ? englishOpening(tokens, clauseStarts) : 0;
  if (opening > 0 && clauseStarts.has(opening)) {
    return answerTypeOf(tokens.slice(opening), lang, asked, graded, new Set([...clauseStarts].map((start) => start - opening).filter((start) => start > 0)));
  }
  let intent: QuestionIntent | null = null;
  let intentAt = -1;
  let cued: AnswerType | undefined;
  tokens.forEach((token, position) => {
    // A question word of two («قد ايه» "how much", Egyptian): the pair's intent, not its last word's.
    const paired = position > 0 ? questionIntent(`${tokens[position - 1]} ${token}`) : undefined;
    const found = paired ?? questionIntent(token);
    // Egyptian asks in place: «اسمه ايه بالفرنساوي؟» (elsewhere «ايه» is also "yes", a verse): so when no question word came first.
    const inPlace = token === 'ايه' && intent === null;
    // «بعد ذلك، من قاد…؟»: a clause set first, then the question word opening the question proper.
    // «لعب دورا في تاريخ من؟»: "from" never ends a question, so a last «من» or «ما» asks.
    const last = position === tokens.length - 1 && token !== 'ايه';
    if (OPENING_ONLY.has(token) && position > 0 && !clauseStarts.has(position)) return;
    if (!found || (!paired && MSA_AMBIGUOUS.has(token) && position > 1 && !PREPOSITIONS.has(tokens[position - 1]!) && !inPlace && !clauseStarts.has(position) && !last)) return;
    // «من متى»، «من أين»، «من أي فترة»: «من» before another question word is "since", "from", not "who".
    if (token === 'من' && questionIntent(tokens[position + 1] ?? '') && questionIntent(tokens[position + 1]!) !== 'who') return;
    // «اكثر من نص المهندسين اماراتيين؟»: «من» after a comparative is "than", even second in the question.
    if (isThanAt(tokens, position, lang)) return;
    if (intent === null) [intent, intentAt] = [found, position];
    // A cue among the next few words says more than the question word: "which year", «أي صحيفة».
    for (let next = position + 1; next < Math.min(tokens.length, position + 4); next++) cued ??= cueAt(tokens, next);
  });
  const first = tokens[opening] ?? '';
  // "Was the mayor the first to ask how…": an auxiliary first makes a yes/no question, whatever follows.
  // "Can you give me the exact quote…": a request asks for what it names, not whether; "can you tell me if…" asks whether.
  const request = YOU.has(tokens[opening + 1] ?? '') && TELLING.has(tokens[opening + 2] ?? '');
  const embedsQuestion = request && (intent !== null || !tokens.some((token) => WHETHER.has(token)));
  if (lang === 'en' && ENGLISH_AUXILIARIES.has(first) && !embedsQuestion) intent = 'yes_no';
  // "so landlords can still put rent up?": a statement with a verb and a question mark, no question word, asks whether it is so.
  if (lang === 'en' && intent === null && asked && tokens.some((token) => ENGLISH_AUXILIARIES.has(token) && token !== 'r')) intent = 'yes_no';
  // «… أم لا؟» after a question word opening the question is part of what it asks («ما اسم الخاصية التي تحدد إن كان
  // أوليا أم لا؟»); after one inside it, the question is whether («والشركة قالت شو اسم السفينة ولا لأ؟»).
  const opensQuestion = intentAt === 0 || clauseStarts.has(intentAt);
  if (lang === 'ar' && !opensQuestion && OR_NOT.test(tokens.join(' '))) intent = 'yes_no';
  // Egyptian and Levantine open a yes/no question on a pronoun: «هو الشرط بيسري على…؟» "does the condition apply…?", and the
  // dialects on a future marker: «رح تغرّم الهيئة الشركة؟» "will the authority fine the company?" (tense-markers.tsv).
  if (lang === 'ar' && intent === null && asked && (PRONOUN_OPENERS.has(first) || asksAboutFuture(first))) intent = 'yes_no';
  // «… ارخص من تعرفة البيوت؟», "…, daily or not?": a comparison stated and asked, a closing "or not" or "right?" (yes-no-shapes.ts).
  if (intent === null && ((asked && asksComparison(tokens, lang)) || endsOnWhether(tokens, lang))) intent = 'yes_no';
  // «يقول براونلي إن الناس يتصرفون بطريقة ما، ما هي؟»: the words set before the question proper state, they ask nothing.
  const anywhere = tokens.map((_, position) => (intentAt > 0 && clauseStarts.has(intentAt) && position < intentAt) || isGeneralAdjective(tokens, position) ? undefined : cueAt(tokens, position));
  if (intent === 'yes_no') return ALTERNATIVE.test(tokens.join(' ')) ? { type: 'other', intent: null } : { type: 'yes_no', intent };
  if (anywhere.includes('definition') && (intent === 'what' || intent === null)) return { type: 'definition', intent };
  // "How many awards does the text say she won?": the count is asked, not the words.
  if (intent === 'how' && (tokens.some((token) => HOW_QUANTIFIERS.has(token)) || graded !== null)) return { type: 'number', intent };
  if (anywhere.includes('quote') && (intent === null || intent === 'what' || intent === 'how')) return { type: 'quote', intent };
  // «الشركة بترفع الأسعار السنة دي؟»: a statement telling an event asks whether it is so, whatever cue word it holds.
  if (intent === null && asked && !anywhere.includes('stance') && !ALTERNATIVE.test(tokens.join(' ')) && statesEvent(tokens, lang)) return { type: 'yes_no', intent };
  cued ??= intent === null ? anywhere.find((type) => type && type !== 'stance' && type !== 'quote') : undefined;
  if (cued && REFINABLE.has(intent) && (intent !== 'who' || cued === 'organisation')) return { type: cued === 'quote' ? 'stance' : cued, intent };
  if (intent && INTENT_TYPES[intent]) return { type: INTENT_TYPES[intent]!, intent };
  if (anywhere.includes('stance')) return { type: 'stance', intent };
  // An Arabic statement with a question mark and no question word asks whether it is so
  // (English asks that with an auxiliary, read above).
  return { type: intent === null && lang === 'ar' && asked && !ALTERNATIVE.test(tokens.join(' ')) ? 'yes_no' : 'other', intent };
}
