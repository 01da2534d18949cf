/**
 * Machine translation of an article into the other language (Arabic → English,
 * English → Arabic), sentence by sentence, through the core's
 * ChatModel (the OpenAI provider). Each paragraph is sent as its sentences and
 * must come back as exactly as many translations, each keeping the numbers of
 * its source sentence; a reply that does not is asked for once more, then the
 * article is refused with the reason, and nothing is written. The published
 * text is never replaced: the translation is a second view beside it.
 */
import { readFile } from 'node:fs/promises';
import { MarsadError } from '../../errors.js';
import type { ChatMessage, ChatModel } from '../chat-model.js';
import { repositoryPath } from '../repository-files.js';
import { toAsciiDigits } from '../text/normalize.js';
import { otherLanguage, type Language } from '../text/language.js';
import type { Article } from '../types.js';

export interface TranslatedArticle {
  title: string;
  /** Section headings in order (null for the lead). */
  headings: string[];
  /** Per paragraph, its sentences' translations. */
  paragraphs: string[][];
}

let systemPrompt: Promise<string> | undefined;

/** The numbers written in a text, in order, as Western digits without grouping separators. */
export function numbersIn(text: string): string[] {
  return (toAsciiDigits(text).match(/\d+(?:[.,٫]\d+)*/g) ?? []).map((number) => number.replace(/[,٬](?=\d{3}\b)/g, '').replace('٫', '.'));
}

/** Why a translation does not fit its source sentences, or null when it does. */
export function misalignment(source: string[], translated: unknown): string | null {
  if (!Array.isArray(translated) || translated.some((item) => typeof item !== 'string')) return 'the reply is not a list of sentences';
  if (translated.length !== source.length) return `${translated.length} sentences for ${source.length}`;
  for (let position = 0; position < source.length; position += 1) {
    const wanted = [...numbersIn(source[position]!)].sort().join(' ');
    const got = [...numbersIn(translated[position] as string)].sort().join(' ');
    if (wanted !== got) return `sentence ${position + 1} has the numbers [${got}] where the source has [${wanted}]`;
    if (!(translated[position] as string).trim()) return `sentence ${position + 1} is empty`;
  }
  return null;
}

function parseReply(reply: string): unknown {
  const json = /\{[\s\S]*\}/.exec(reply.replace(/```(?:json)?/g, ''))?.[0];
  try {
    return json ? (JSON.parse(json) as { sentences?: unknown }).sentences : null;
  } catch {
    return null;
  }
}

async function translateSentences(model: ChatModel, sentences: string[], what: string, to: Language): Promise<string[]> {
  systemPrompt ??= readFile(repositoryPath('prompts', 'translate-system.txt'), 'utf8');
  const messages: ChatMessage[] = [
    { role: 'system', content: await systemPrompt },
    { role: 'user', content: JSON.stringify({ from: otherLanguage(to), to, sentences }) },
  ];
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const reply = await model.complete(messages);
    const translated = parseReply(reply);
    const wrong = misalignment(sentences, translated);
    if (!wrong) return translated as string[];
    problem = wrong;
    messages.push({ role: 'assistant', content: reply }, { role: 'user', content: `That does not fit: ${wrong}. Reply again with exactly ${sentences.length} sentences, numbers kept.` });
  }
  throw new MarsadError('translation_misaligned', `The machine translation of ${what} does not fit the published text (${problem}); nothing was written.`, {
    messageAr: `الترجمة الآلية لـ${what} لا تطابق النص المنشور (${problem})؛ لم يُكتب شيء.`,
  });
}

/** The article's title, headings and paragraphs translated into the other language, each paragraph aligned sentence by sentence. */
export async function translateArticle(article: Article, model: ChatModel): Promise<TranslatedArticle> {
  const to = otherLanguage(article.meta.language);
  const headings = article.sections.map((section) => section.heading).filter((heading): heading is string => heading !== null);
  const [title, ...translatedHeadings] = await translateSentences(model, [article.meta.title, ...headings], `the title of ${article.meta.id}`, to);
  const paragraphs: string[][] = [];
  for (const paragraph of article.paragraphs) {
    paragraphs.push(await translateSentences(model, paragraph.sentences.map((sentence) => sentence.text), `paragraph ${paragraph.number} of ${article.meta.id}`, to));
  }
  return { title: title!, headings: translatedHeadings, paragraphs };
}
