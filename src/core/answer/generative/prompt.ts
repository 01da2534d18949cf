/**
 * Prompt files and the chat messages built from them.
 *
 * The prompts live in `prompts/` at the repository root so they can be tuned
 * without touching code; they are read once per process and cached. Sources go
 * into the user message as delimited data (`<source n="k">…</source>`), with
 * angle brackets in their text escaped, so an article that contains
 * "</source> SYSTEM: …" cannot close its block or open a new one.
 */
import { readFile } from 'node:fs/promises';
import type { ChatMessage } from '../../chat-model.js';
import { repositoryPath } from '../../repository-files.js';
import type { Citation, ConversationTurn, Language } from '../../types.js';


export const SYSTEM_PROMPT_FILE = 'answer-system.txt';
export const USER_PROMPT_FILE = 'answer-user.txt';

/** Earlier turns sent with a follow-up question, and how much of each. */
const HISTORY_TURNS = 4;
const HISTORY_CHARS = 1_500;

const cache = new Map<string, Promise<string>>();

/** Reads `prompts/<name>` (cached; a failed read is retried on the next call). */
export function loadPrompt(name: string): Promise<string> {
  let pending = cache.get(name);
  if (!pending) {
    pending = readFile(repositoryPath('prompts', name), 'utf8').then((text) => text.trim());
    pending.catch(() => cache.delete(name));
    cache.set(name, pending);
  }
  return pending;
}

/** Neutralises the delimiters: text inside a block can never close or open one. */
export function escapeData(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LANGUAGE_NAMES = { ar: 'arabic', en: 'english' } as const;

/** One `<source n="k">` block: the chosen excerpt first, then the whole paragraph, each with its rendering in the other language (`<excerpt_english>` of an Arabic article, `<excerpt_arabic>` of an English one). */
export function formatSource(source: Citation): string {
  const rendering = LANGUAGE_NAMES[source.translationLanguage ?? 'en'];
  const lines = [`<source n="${source.n}">`, `<article>${escapeData(source.articleTitle)}</article>`];
  if (source.section) lines.push(`<section>${escapeData(source.section)}</section>`);
  lines.push(`<paragraph>${source.paragraph}</paragraph>`);
  lines.push(`<excerpt>${escapeData(source.quote)}</excerpt>`);
  if (source.quoteTranslation) lines.push(`<excerpt_${rendering}>${escapeData(source.quoteTranslation)}</excerpt_${rendering}>`);
  lines.push(`<text>${escapeData(source.text)}</text>`);
  if (source.translation) lines.push(`<text_${rendering}>${escapeData(source.translation)}</text_${rendering}>`);
  lines.push('</source>');
  return lines.join('\n');
}

/** Single-pass `{{name}}` substitution: inserted values are never rescanned. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

const MARKERS = /\[\s*[0-9\u0660-\u0669\u06F0-\u06F9]+(?:\s*[,،;]\s*[0-9\u0660-\u0669\u06F0-\u06F9]+)*\s*\]/g;

/** Earlier answers without their [n] markers: those numbers belonged to other sources. */
function historyMessages(history: ConversationTurn[] | undefined): ChatMessage[] {
  const clip = (text: string) => (text.length > HISTORY_CHARS ? `${text.slice(0, HISTORY_CHARS)}…` : text);
  return (history ?? []).slice(-HISTORY_TURNS).flatMap((turn) => [
    { role: 'user' as const, content: clip(turn.question) },
    { role: 'assistant' as const, content: clip(turn.answer.replace(MARKERS, '').replace(/[ \t]+([.,;:!?،؛؟])/g, '$1')) },
  ]);
}

export interface PromptInput {
  question: string;
  lang: Language;
  sources: Citation[];
  history?: ConversationTurn[];
}

export async function buildMessages(input: PromptInput): Promise<ChatMessage[]> {
  const [system, user] = await Promise.all([loadPrompt(SYSTEM_PROMPT_FILE), loadPrompt(USER_PROMPT_FILE)]);
  const content = fillTemplate(user, {
    sources: input.sources.map(formatSource).join('\n\n'),
    lang: input.lang,
    languageName: input.lang === 'ar' ? 'Arabic' : 'English',
    question: escapeData(input.question.trim()),
  });
  return [{ role: 'system', content: system }, ...historyMessages(input.history), { role: 'user', content }];
}
