/**
 * The core's public surface: everything the edges (Discord, terminal, ingest,
 * the bot's start-up) may use, and nothing else; test/architecture checks that
 * they import the core only through this file. Generated from what the edges
 * used; adding to it is a decision about the core's API, not a convenience.
 */
export { answerNotes, answerWords, citationPlace, citedNumbers, glossFor, inQuotationMarks, modeLine, readerView, renderingLabel } from './answer/answer-words.js';
export type { AnswerWords } from './answer/answer-words.js';
export { sinceDayOf } from './articles/time-range.js';
export { transliterateArabic } from './crosslingual/transliteration/arabic-to-latin.js';
export { hashString } from './embeddings/features.js';
export type { ArticleListing, MarsadEngine, ReindexSummary } from './engine-types.js';
export { createEngine } from './engine.js';
export { loadOpenAIChatModel } from './engine-providers.js';
export type { Engine, EngineOptions } from './engine.js';
export { MAX_ARTICLE_BYTES, decodeArticleBytes, parseArticleFile } from './knowledge/article-file.js';
export { isTranslationFile, readArticleMeta } from './knowledge/article-schema.js';
export { buildArticle } from './knowledge/build-article.js';
export { canonicalArticleUrl, cleanArticleUrl } from './knowledge/canonical-url.js';
export { listingLine, sortedListings } from './knowledge/listing-line.js';
export { listArticleFiles, loadKnowledgeSliced } from './knowledge/loader.js';
export { detectDateline } from './knowledge/printed-dateline.js';
export { createFileExclusive, writeFileAtomic } from './storage/atomic-write.js';
export { withFileLock } from './storage/file-lock.js';
export { summarizeWithEngine, summaryLabels } from './summary/index.js';
export type { Summary, SummaryLabels } from './summary/index.js';
export { ARABIC_PROCLITICS } from './text/arabic-clitics.js';
export { directLine, directText, stripBidiControls } from './text/bidi.js';
export type { Direction } from './text/bidi.js';
export { ARABIC_NOUNS, arabicCount, englishCount } from './text/counted.js';
export { detectLanguage } from './text/language.js';
export { normalizeText, stripArabicMarks, stripInvisibleControls } from './text/normalize.js';
export { localeLanguage, replyLanguage, terminalLocale } from './text/reply-language.js';
export { ENGLISH_STOP_WORDS } from './text/stop-words.js';
export { rawTokens } from './text/tokenize.js';
export { readWordList, readWordPairs } from './text/word-lists.js';
export { monthNumbers } from './text/month-names.js';
export { TimeSlicer } from './time-slicer.js';
export { translateArticles } from './translation/translate-articles.js';
export type { TranslationReport } from './translation/translate-articles.js';
export { TUNING } from './tuning.js';
export type { Answer, Citation, ConversationTurn, Language } from './types.js';
