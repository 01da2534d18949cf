/**
 * The buttons under an answer and their custom ids. Ids start with the name of
 * the command that handles them ("ask:…"), which is how the interaction router
 * finds the handler; the answer id points into the bot's in-memory answer store.
 */
import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord.js';
import type { Language } from '../../core/public.js';
import { labelsFor } from './labels.js';
import type { ButtonRow } from './messages.js';

export type Vote = 'up' | 'down';

export type AnswerButton =
  | { action: 'more'; answerId: string; offset: number }
  | { action: 'vote'; answerId: string; vote: Vote };

const PREFIX = 'ask';

export function buttonId(button: AnswerButton): string {
  return button.action === 'more'
    ? `${PREFIX}:more:${button.answerId}:${button.offset}`
    : `${PREFIX}:vote:${button.vote}:${button.answerId}`;
}

/** Parses a custom id made by `buttonId`; null for anything else. */
export function parseButtonId(customId: string): AnswerButton | null {
  const [prefix, action, first, second] = customId.split(':');
  if (prefix !== PREFIX || !first || !second) return null;
  if (action === 'more' && /^\d+$/u.test(second)) return { action, answerId: first, offset: Number(second) };
  if (action === 'vote' && (first === 'up' || first === 'down')) return { action, answerId: second, vote: first };
  return null;
}

function button(customId: string, label: string, emoji?: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label, ...(emoji ? { emoji: { name: emoji } } : {}) };
}

export function answerButtons(answerId: string, language: Language, hasMore: boolean): ButtonRow[] {
  const labels = labelsFor(language);
  const buttons: APIButtonComponent[] = [];
  if (hasMore) buttons.push(button(buttonId({ action: 'more', answerId, offset: 0 }), labels.moreExcerpts));
  buttons.push(button(buttonId({ action: 'vote', answerId, vote: 'up' }), labels.helpful, '👍'));
  buttons.push(button(buttonId({ action: 'vote', answerId, vote: 'down' }), labels.notHelpful, '👎'));
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

export function moreExcerptsButtons(answerId: string, language: Language, offset: number): ButtonRow[] {
  const more = button(buttonId({ action: 'more', answerId, offset }), labelsFor(language).moreExcerpts);
  return [{ type: ComponentType.ActionRow, components: [more] }];
}
