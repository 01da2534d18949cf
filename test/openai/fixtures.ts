/**
 * Real sources for the OpenAI tests: paragraphs of the interview
 * (knowledge/tokayev-foreign-policy-2025-01-03.md) and its English translation,
 * turned into the numbered Citations the offline answerer hands the generative one.
 */
import { readFileSync } from 'node:fs';
import type { Answer, Citation, Language } from '../../src/core/types.js';
import type { OpenAISettings } from '../../src/core/providers/openai/settings.js';

const ARTICLE_ID = 'tokayev-foreign-policy-2025-01-03';
const knowledge = (name: string) => readFileSync(new URL(`../../knowledge/${name}`, import.meta.url), 'utf8');

interface FixtureParagraph {
  number: number;
  section: string | null;
  text: string;
  translation: string;
}

function parse(markdown: string): { title: string; paragraphs: { section: string | null; text: string }[] } {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const title = /^title:\s*(.*)$/m.exec(frontMatter)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2') ?? '';
  const paragraphs: { section: string | null; text: string }[] = [];
  let section: string | null = null;
  for (const block of body.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)) {
    if (block.startsWith('## ')) section = block.slice(3).trim();
    else paragraphs.push({ section, text: block.split('\n').map((line) => line.trim()).join(' ') });
  }
  return { title, paragraphs };
}

const arabic = parse(knowledge(`${ARTICLE_ID}.md`));
const english = parse(knowledge(`${ARTICLE_ID}.en.md`));
if (arabic.paragraphs.length !== english.paragraphs.length || arabic.paragraphs.length < 20) {
  throw new Error(`fixture: ${arabic.paragraphs.length} Arabic vs ${english.paragraphs.length} English paragraphs`);
}

export const ARTICLE_TITLE = arabic.title;

export const PARAGRAPHS: FixtureParagraph[] = arabic.paragraphs.map((paragraph, index) => ({
  number: index + 1,
  section: paragraph.section,
  text: paragraph.text,
  translation: english.paragraphs[index]!.text,
}));

/**
 * A numbered source quoting `sentence` (exact, found in exactly one paragraph),
 * with `englishSentence` as its rendering (must be in that paragraph's translation).
 */
export function source(n: number, sentence: string, englishSentence?: string): Citation {
  const matches = PARAGRAPHS.filter((paragraph) => paragraph.text.includes(sentence));
  if (matches.length !== 1) throw new Error(`fixture: "${sentence}" is in ${matches.length} paragraphs`);
  const paragraph = matches[0]!;
  if (englishSentence !== undefined && !paragraph.translation.includes(englishSentence)) {
    throw new Error(`fixture: "${englishSentence}" is not in the translation of paragraph ${paragraph.number}`);
  }
  return {
    n,
    articleId: ARTICLE_ID,
    articleTitle: ARTICLE_TITLE,
    section: paragraph.section,
    paragraph: paragraph.number,
    quote: sentence,
    text: paragraph.text,
    translation: paragraph.translation,
    quoteTranslation: englishSentence ?? null,
    score: 1 / n,
    url: null,
  };
}

/** The three sources of "How many times has Putin visited Kazakhstan?", best first. */
export function putinSources(): Citation[] {
  return [
    source(1, 'زار الرئيس “بوتين” كازاخستان 33 مرة.', 'President Putin has visited Kazakhstan 33 times.'),
    source(2, 'لقد شاركت في محادثة غير رسمية لمدة أربع ساعات مع الرئيس “بوتين”.', 'I took part in an informal conversation lasting four hours with President Putin.'),
    source(3, 'وفي إشارة إلى زيارة “بوتين” الرسمية إلى كازاخستان في نوفمبر/تشرين الثاني.', "Referring to Putin's official visit to Kazakhstan in November."),
  ];
}

/** An offline answer citing the first source, the way the extractive answerer shapes it. */
export function offlineAnswer(question: string, lang: Language, sources: Citation[], answerable = true): Answer {
  const first = sources[0]!;
  return {
    question,
    lang,
    answerable,
    mode: 'offline',
    answer: answerable ? `${lang === 'en' ? first.quoteTranslation ?? first.quote : first.quote} [1]` : 'OFFLINE NOT COVERED TEXT',
    citations: sources,
    moreCitations: sources.slice(1),
  };
}

export const API_KEY = 'sk-marsad-test-5f1c0e9a7b3d4e21';

export function openaiConfig(baseURL: string, overrides: Partial<OpenAISettings> = {}): OpenAISettings {
  return {
    apiKey: API_KEY,
    baseURL,
    chatModel: 'gpt-4o-mini',
    embeddingsModel: 'text-embedding-3-small',
    timeoutMs: 5_000,
    maxRetries: 2,
    ...overrides,
  };
}
