/**
 * Checking a question before it costs anything: empty, too long, or nothing
 * but mentions and emoji. Runs before `deferReply`, so the explanation can
 * still be ephemeral (a deferred public reply cannot turn private).
 */
import { MarsadError } from '../../errors.js';
import { detectLanguage, type Language, stripInvisibleControls } from '../../core/public.js';
import { labelsFor } from '../render/labels.js';

export const MAX_QUESTION_LENGTH = 500;

// <@id>, <@!id>, <@&id>, <#id>, custom emoji <:name:id>/<a:name:id>, slash mentions </name:id>.
const DISCORD_TOKENS = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|\/[\w -]+:\d+)>|@(?:everyone|here)\b/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200D\uFE0F\u20E3]/gu;

export interface CheckedQuestion {
  /** The question as the engine gets it: Discord tokens removed, spaces collapsed. */
  text: string;
  language: Language;
}

/**
 * Removes mention tokens so "@Marsad what about China?" asks "what about China?",
 * and invisible/bidi controls (U+202E…): the question also names the answer's
 * thread, where a right-to-left override would scramble the name shown to everyone.
 */
export function stripDiscordTokens(text: string): string {
  return stripInvisibleControls(text).replace(DISCORD_TOKENS, ' ').replace(/\s+/gu, ' ').trim();
}

function invalid(english: string, arabic: string): MarsadError {
  return new MarsadError('invalid_input', english, { messageAr: arabic });
}

/** Returns the cleaned question, or throws a MarsadError('invalid_input') in both languages. */
export function checkQuestion(raw: string): CheckedQuestion {
  const text = stripDiscordTokens(raw);
  const language = detectLanguage(text).language;
  const [en, ar] = [labelsFor('en'), labelsFor('ar')];
  if (text.length > MAX_QUESTION_LENGTH) {
    throw invalid(en.questionTooLong(MAX_QUESTION_LENGTH), ar.questionTooLong(MAX_QUESTION_LENGTH));
  }
  if (!text) {
    const onlyTokens = raw.trim().length > 0;
    throw onlyTokens ? invalid(en.onlyMentionsOrEmoji, ar.onlyMentionsOrEmoji) : invalid(en.emptyQuestion, ar.emptyQuestion);
  }
  if (!/[\p{L}\p{N}]/u.test(text.replace(EMOJI, ''))) throw invalid(en.onlyMentionsOrEmoji, ar.onlyMentionsOrEmoji);
  return { text, language };
}
