/**
 * Machine translation of articles into the other language (Arabic → English,
 * English → Arabic) through the OpenAI provider, against
 * the local OpenAI-compatible test server: a faithful model's translation is
 * written beside the article as an unofficial machine translation and read by
 * the loader (English answers then say "machine translation"); a model that
 * merges sentences, or drops a number, is asked once more and then refused —
 * nothing written, the article as published.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readerView, renderingLabel } from '../../src/core/answer/answer-words.js';
import { createOpenAIChatModel } from '../../src/core/providers/openai/chat.js';
import { translateArticles } from '../../src/core/translation/translate-articles.js';
import { summarize } from '../../src/core/summary/index.js';
import { chatCompletion, messageText, startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../fake-openai/server.js';
import { offlineEngine } from '../core/helpers.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { openaiConfig } from './fixtures.js';

const ARTICLE = 'kz-uz-trade-2025-03-03';
let server: FakeOpenAI;

beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(async () => {
  await server.close();
  removeTemporaryDirectories();
});
beforeEach(() => server.reset());

/** The sentences the translator sent (its first user message; a correction follows it). */
const sentencesOf = (request: ChatRequestBody): string[] => (JSON.parse(messageText(request.messages.find((message) => message.role === 'user')!)) as { sentences: string[] }).sentences;
/** A stand-in "translation": each sentence marked as English, its digits kept. */
const faithful = (request: ChatRequestBody) => ({ body: chatCompletion(JSON.stringify({ sentences: sentencesOf(request).map((sentence) => `In English: ${(sentence.match(/\d+/g) ?? []).join(' and ')} words`) })) });

function knowledge(): string {
  const folder = temporaryDirectory('translate-knowledge');
  cpSync(path.join(REPO_ROOT, 'test/fixtures/monitoring', `${ARTICLE}.md`), path.join(folder, `${ARTICLE}.md`));
  return folder;
}

const model = () => createOpenAIChatModel(openaiConfig(server.baseURL, { maxRetries: 0 }));

describe('machine translation of an Arabic article', () => {
  it('writes a sentence-aligned, labelled translation the loader accepts; English answers say machine translation', async () => {
    server.setChatResponder(faithful);
    const folder = knowledge();
    const report = await translateArticles({ knowledgeDir: folder, model: model(), modelName: 'fake-model' }, 'missing');
    expect(report).toEqual({ translated: [ARTICLE], skipped: [], failed: [] });
    const written = readFileSync(path.join(folder, `${ARTICLE}.en.md`), 'utf8');
    expect(written).toMatch(/machine_translation: true/);
    expect(written).toMatch(/model: fake-model/);
    expect(written).toContain('In English: 15 words');
    const engine = await offlineEngine(folder, temporaryDirectory('translate-data'));
    const article = engine.readArticle(engine.articles()[0]!.meta.id)!;
    expect(article.translation?.machine).toBe(true);
    expect(article.paragraphs.every((paragraph) => paragraph.sentenceTranslations?.length === paragraph.sentences.length)).toBe(true);
    const answer = await engine.ask('How many documents were signed?', { lang: 'en' });
    expect(answer.citations[0]?.machineTranslation).toBe(true);
    // A summary's citations are made as an answer's are (answer/citations.ts): they say machine translation too.
    const summary = await summarize({ articles: [article], scope: { kind: 'article' }, lang: 'en' });
    expect(summary.citations.length).toBeGreaterThan(0);
    expect(summary.citations.every((citation) => citation.machineTranslation === true)).toBe(true);
    // The published Arabic stays what is quoted.
    expect(article.paragraphs[0]!.text).toContain('15 وثيقة');
    expect(answer.citations[0]!.text).toContain('وثيقة');
  });

  it('refuses a model that merges sentences, after asking once more: nothing written', async () => {
    server.setChatResponder((request) => ({ body: chatCompletion(JSON.stringify({ sentences: [sentencesOf(request).join(' ')] })) }));
    const folder = knowledge();
    const report = await translateArticles({ knowledgeDir: folder, model: model(), modelName: 'fake-model' }, [ARTICLE]);
    expect(report.translated).toEqual([]);
    expect(report.failed[0]!.message).toMatch(/does not fit the published text \(1 sentences for \d+\)/);
    expect(existsSync(path.join(folder, `${ARTICLE}.en.md`))).toBe(false);
    // Title and headings first, then the first paragraph: asked, corrected once, refused.
    expect(server.requestsTo('chat')).toHaveLength(2);
  });

  it('refuses a model that drops a number', async () => {
    server.setChatResponder((request) => ({ body: chatCompletion(JSON.stringify({ sentences: sentencesOf(request).map(() => 'a sentence without its figures') })) }));
    const folder = knowledge();
    const report = await translateArticles({ knowledgeDir: folder, model: model(), modelName: 'fake-model' }, [ARTICLE]);
    expect(report.failed[0]!.message).toMatch(/has the numbers \[\] where the source has \[10 15\]/);
    expect(existsSync(path.join(folder, `${ARTICLE}.en.md`))).toBe(false);
  });

  it('leaves an existing translation alone, and names an article it does not know', async () => {
    server.setChatResponder(faithful);
    const folder = knowledge();
    await translateArticles({ knowledgeDir: folder, model: model(), modelName: 'fake-model' }, 'missing');
    const again = await translateArticles({ knowledgeDir: folder, model: model(), modelName: 'fake-model' }, [ARTICLE, 'nope']);
    expect(again.skipped.map((item) => item.id)).toEqual([ARTICLE]);
    expect(again.failed).toEqual([{ id: 'nope', message: expect.stringMatching(/no article "nope"/) }]);
  });
});

describe('machine translation of an English article into Arabic', () => {
  const ENGLISH = 'tram-2025-05-02';
  // A stand-in model that knows this article's sentences in Arabic.
  const ARABIC: Record<string, string> = {
    'Tashkent opens its first tram line in 50 years': 'طشقند تفتتح أول خط ترام منذ 50 عامًا',
    'Tashkent opened a tram line of 12 stations on Friday.': 'افتتحت طشقند يوم الجمعة خط ترام من 12 محطة.',
    'The city plans to carry 40000 passengers a day.': 'تخطط المدينة لنقل 40000 راكب يوميًا.',
    'Tickets cost the same as on the metro, the mayor said.': 'وقال رئيس البلدية إن سعر التذكرة هو نفسه في المترو.',
  };
  const toArabic = (request: ChatRequestBody) => {
    const sent = JSON.parse(messageText(request.messages.find((message) => message.role === 'user')!)) as { to: string; sentences: string[] };
    expect(sent.to).toBe('ar');
    return { body: chatCompletion(JSON.stringify({ sentences: sent.sentences.map((sentence) => ARABIC[sentence] ?? sentence) })) };
  };

  it('writes <id>.ar.md, and an Arabic reader gets the Arabic rendering, labelled, while the English stays what is quoted', async () => {
    server.setChatResponder(toArabic);
    const folder = temporaryDirectory('translate-english');
    writeFileSync(path.join(folder, `${ENGLISH}.md`), [
      '---', `id: ${ENGLISH}`, 'title: Tashkent opens its first tram line in 50 years', 'outlet: Silk Road Wire', 'date: 2025-05-02', 'language: en', '---', '',
      'Tashkent opened a tram line of 12 stations on Friday. The city plans to carry 40000 passengers a day.', '',
      'Tickets cost the same as on the metro, the mayor said.', '',
    ].join('\n'));
    const report = await translateArticles({ knowledgeDir: folder, model: model(), modelName: 'fake-model' }, 'missing');
    expect(report).toEqual({ translated: [ENGLISH], skipped: [], failed: [] });
    const written = readFileSync(path.join(folder, `${ENGLISH}.ar.md`), 'utf8');
    expect(written).toMatch(/language: ar/);
    expect(written).toContain('ترجمة آلية غير رسمية');

    const engine = await offlineEngine(folder, temporaryDirectory('translate-english-data'));
    const answer = await engine.ask('كم محطة في خط الترام الجديد في طشقند؟', { lang: 'ar' });
    expect(answer.answerable).toBe(true);
    const [cited] = answer.citations;
    expect(cited!.translationLanguage).toBe('ar');
    expect(cited!.quote).toContain('12 stations');
    expect(answer.answer).toContain('12 محطة');
    expect(renderingLabel(cited!, 'ar')).toBe('بالعربية (ترجمة آلية)');
    expect(readerView(cited!, 'ar').title).toBe('طشقند تفتتح أول خط ترام منذ 50 عامًا');
    // An English reader of the same article sees it as published, with no rendering.
    expect(readerView(cited!, 'en')).toMatchObject({ title: 'Tashkent opens its first tram line in 50 years', rendering: null });
  });
});

describe('ingest with OPENAI_API_KEY set', () => {
  it('translates a new Arabic article before the one reindex, and reports it', async () => {
    server.setChatResponder(faithful);
    const { ingest } = await import('../../src/ingest/ingest.js');
    const { loadConfig } = await import('../../src/config.js');
    const folder = temporaryDirectory('translate-ingest-knowledge');
    const dataDir = temporaryDirectory('translate-ingest-data');
    const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: folder, MARSAD_DATA_DIR: dataDir, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseURL, OPENAI_MAX_RETRIES: '0' });
    const { ingestContextFor } = await import('../../src/ingest/ingest-run.js');
    const engine = await offlineEngine(folder, dataDir);
    const report = await ingest(path.join(REPO_ROOT, 'test/fixtures/monitoring', `${ARTICLE}.md`), {}, { ...ingestContextFor(config), engine });
    expect(report.translation?.translated).toHaveLength(1);
    const id = report.translation!.translated[0]!;
    expect(existsSync(path.join(folder, `${id}.en.md`))).toBe(true);
    expect(engine.articles().find((article) => article.meta.id === id)?.translation?.machine).toBe(true);
  });
});
