/**
 * The buttons under an answer (wherever it was asked: /ask, mention, thread).
 * "More excerpts" shows the next page of sources to the clicker only; 👍/👎
 * append one line to the feedback log and thank the voter privately.
 */
import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from '../context.js';
import { replyLanguage } from '../../core/public.js';
import { sendNotice, sendRendered } from '../interaction-replies.js';
import { parseButtonId } from '../render/buttons.js';
import { labelsFor } from '../render/labels.js';
import { moreExcerpts, renderMoreExcerpts } from '../render/render-answer.js';

export async function handleAnswerButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const button = parseButtonId(interaction.customId);
  const stored = button ? context.answers.get(button.answerId) : undefined;
  if (!button || !stored) {
    // The answer (and its language) is gone: the clicker's locale decides.
    return sendNotice(interaction, labelsFor(replyLanguage({ locale: interaction.locale })).answerExpired);
  }
  const labels = labelsFor(stored.answer.lang);
  if (button.action === 'more') {
    const citations = moreExcerpts(stored.answer);
    if (button.offset >= citations.length) return sendNotice(interaction, labels.noMoreExcerpts);
    return sendRendered(interaction, renderMoreExcerpts(citations, stored.answer.lang, stored.id, button.offset), true);
  }
  const userId = interaction.user.id;
  if (stored.votes.get(userId) === button.vote) return sendNotice(interaction, labels.feedbackAlreadyRecorded);
  stored.votes.set(userId, button.vote);
  await context.feedback.record(stored.id, stored.answer, button.vote, userId);
  context.logger.info({ event: 'feedback', answerId: stored.id, vote: button.vote, userId }, 'feedback recorded');
  await sendNotice(interaction, labels.feedbackThanks);
}
