/**
 * A short follow-up in a conversation ("and the US?", «وشي؟», "what about
 * China?") asks the previous question again about something else. It is read
 * as that question with its subject replaced: "How did Tokayev describe
 * relations with Russia?" + "and the US?" → "How did Tokayev describe relations
 * with US?", so the answer is judged on the whole question (its kind of answer,
 * its evidence), not on one word. A place replaces the previous question's last
 * place; anything else its last name; with neither, it is added to the end. A
 * word the articles are mostly about is never the one replaced.
 */
import { loadLexicon } from '../crosslingual/lexicon.js';
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { normalizeText } from '../text/normalize.js';
import { isPlaceName } from '../text/place-names.js';
import { readWordList } from '../text/word-lists.js';
import { isArabicToken, isStopWord, rawTokens } from '../text/tokenize.js';
import type { ConversationTurn } from '../types.js';
import { isFillerWord, isQuestionWord, isTopicless } from './question-words.js';
import { TUNING } from '../tuning.js';

/** Whether the question opens with a word that says it continues the conversation (knowledge/language/follow-up-openers.txt). */
function opensAsFollowUp(normalized: string): boolean {
  const spaced = `${normalized.replace(/\s+/g, ' ')} `;
  return readWordList('follow-up-openers.txt').some((opener) => spaced.startsWith(`${normalizeText(opener)} `));
}

interface Word {
  /** As written (without an attached و). */
  surface: string;
  token: string;
}

/** The words of a question as written, each with its normalised token (an acronym such as "US" is kept). */
function wordsOf(question: string): Word[] {
  const words: Word[] = [];
  for (const match of question.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)) {
    for (const token of rawTokens(normalizeText(match[0]))) words.push({ surface: match[0], token });
  }
  return words;
}

const isAcronym = (surface: string) => /^[A-Z]{2,5}$/.test(surface);

/** A headword of the Arabic lexicon as written, without trying its stripped forms. */
const isHeadword = (token: string) => loadLexicon('ar-en').has(token);

/**
 * The word without the conjunction or preposition attached to it («ولروسيا» →
 * «روسيا», «وأمريكا» → «أمريكا», «للصين» → «الصين»), when the word as written is
 * no dictionary word and what is left is a place or one («وزير» and «واشنطن»
 * keep their و); the surface keeps the letters as written.
 */
function bare(word: Word): Word {
  if (!isArabicToken(word.token) || isHeadword(word.token) || isPlaceName(word.token) && !/^[وفبلك]/.test(word.token)) return word;
  const particles = /^[وف]?[بلك]?/.exec(word.token)![0];
  if (!particles) return word;
  let rest = word.token.slice(particles.length);
  let cut = particles.length;
  if (particles.endsWith('ل') && rest.startsWith('ل')) {
    rest = `ا${rest}`; // «للصين» is ل + «الصين»
    cut -= 1;
  }
  if (rest.length < 2 || !(isPlaceName(rest) || isHeadword(rest) || isDictionaryWord(rest))) return word;
  const surface = word.surface.length === word.token.length ? `${rest.startsWith('ا') && cut < particles.length ? 'ا' : ''}${word.surface.slice(particles.length)}` : rest;
  return { token: rest, surface };
}

/** The follow-up's new subject: its topic words (an attached و set aside), or null when it is not a follow-up. */
function followUpFocus(question: string): Word[] | null {
  const normalized = normalizeText(question);
  const words = wordsOf(question);
  const focus = words.map(bare).filter((word) => isAcronym(word.surface) || !(isTopicless(word.token) || isStopWord(word.token)));
  if (focus.length === 0 || focus.length > TUNING.reading.maxFollowUpWords) return null;
  const opens = opensAsFollowUp(normalized) || /^و/.test(rawTokens(normalized)[0] ?? '');
  const asks = words.some((word) => isQuestionWord(word.token) && !isFillerWord(word.token));
  return opens || !asks ? focus : null;
}

/** Replaces the last word of the previous question that `replace` picks by the follow-up's subject. */
function substitute(previous: string, focus: Word[], replace: (word: Word) => boolean): string | null {
  const words = wordsOf(previous).filter(replace);
  const target = words.at(-1);
  if (!target) return null;
  const at = previous.lastIndexOf(target.surface);
  const subject = focus.map((word) => word.surface).join(' ');
  // The particle attached to the replaced word stays («لروسيا» + «الصين» → «للصين»); its article goes with it.
  const bareTarget = bare(target);
  const particle = bareTarget === target || target.surface.length !== target.token.length ? '' : target.surface.slice(0, target.surface.length - bareTarget.surface.length).replace(/ا?$/, '');
  const joined = particle.endsWith('ل') && subject.startsWith('ال') ? `${particle}${subject.slice(1)}` : `${particle}${subject}`;
  return `${previous.slice(0, at)}${joined}${previous.slice(at + target.surface.length)}`;
}

function resolveOne(question: string, previous: string, isTopic: (token: string) => boolean): string {
  const focus = followUpFocus(question);
  if (!focus) return question;
  // What the articles are about («كازاخستان» in a Kazakh press corpus) is the setting, not the subject to replace.
  const replaceable = (test: (word: Word) => boolean) => (word: Word) => test(word) && !isTopic(bare(word).token);
  const newIsPlace = focus.some((word) => isPlaceName(word.token) || isAcronym(word.surface));
  const isName = (word: Word) => isPlaceName(word.token) || (!isTopicless(word.token) && (/^\p{Lu}/u.test(word.surface) || (isArabicToken(word.token) && !isDictionaryWord(word.token))));
  // A common noun ("and the cost?") adds to the previous question; only a name takes the place of a name.
  const newIsName = newIsPlace || focus.some(isName);
  const replaced = newIsName
    ? ((newIsPlace ? substitute(previous, focus, replaceable((word) => isPlaceName(word.token))) : null) ??
      substitute(previous, focus, replaceable((word) => isName(word) && !isPlaceName(word.token))) ??
      substitute(previous, focus, replaceable((word) => isPlaceName(word.token))))
    : null;
  return replaced ?? `${previous.replace(/[?؟]\s*$/, '')} ${focus.map((word) => word.surface).join(' ')}${/[؟]/.test(previous) ? '؟' : '?'}`;
}

/**
 * The question as it is meant: a follow-up read against the conversation
 * (each earlier follow-up resolved in turn), or the question itself.
 */
export function resolveFollowUp(question: string, history: readonly ConversationTurn[] | undefined, isTopic: (token: string) => boolean = () => false): string {
  if (!history?.length) return question;
  let previous = history[0]!.question;
  for (const turn of history.slice(1)) previous = resolveOne(turn.question, previous, isTopic);
  return resolveOne(question, previous, isTopic);
}
