/**
 * Autocomplete suggestions for an article option: the indexed articles whose
 * title (published or translated), id, outlet or date contains every word the
 * user has typed so far, newest first, titled in the user's language, in Discord's format (at most 25, names
 * and values of at most 100 characters). Matching is on normalised text, so
 * «كازاخستان» finds “كازاخستان” and "tokayev" finds "Tokayev".
 */
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { type ArticleListing, type Language, normalizeText } from '../../core/public.js';
import { truncateLabel } from '../render/limits.js';

/** Discord's limits for autocomplete choices. */
const MAX_SUGGESTIONS = 25;
const MAX_CHOICE_LENGTH = 100;

/** `lang`: whose title is shown, the user's (English: the translation's, when there is one). */
export function articleSuggestions(articles: readonly ArticleListing[], typed: string, lang: Language): ApplicationCommandOptionChoiceData<string>[] {
  const words = normalizeText(typed).split(/\s+/u).filter(Boolean);
  const matching = articles.filter((article) => {
    const haystack = normalizeText([article.title, article.titleTranslation ?? '', article.id, article.outlet, article.date].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  return matching
    // An id longer than Discord allows could not be sent back: such an article is typed, not picked.
    .filter((article) => article.id.length <= MAX_CHOICE_LENGTH)
    .sort((left, right) => right.date.localeCompare(left.date) || left.id.localeCompare(right.id))
    .slice(0, MAX_SUGGESTIONS)
    .map((article) => {
      const title = lang === 'en' ? (article.titleTranslation ?? article.title) : article.title;
      return { name: truncateLabel(`${article.date} · ${title}`, MAX_CHOICE_LENGTH), value: article.id };
    });
}
