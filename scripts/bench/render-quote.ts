/**
 * How long the bot's renderer takes on hostile sizes (issue 13): an answer
 * citing a 20,000-character Arabic quote full of Markdown, mentions and bidi
 * controls, and an answer of 10,000 words citing 30 sources. Each rendered
 * 50 times after a warm-up, through the production renderer (Discord
 * payloads, direction rule, escaping, packing). Prints one JSON line.
 */
import { renderAnswer } from '../../src/discord/render/render-answer.js';
import type { Answer, Citation } from '../../src/core/types.js';
import { percentile } from './stats.js';

const ARABIC_WORDS = 'أعلنت البلدية افتتاح جسر جديد فوق النهر بتكلفة 40 مليون دينار **مهم** @everyone \u202E_نص_ `رمز` > اقتباس'.split(' ');

function arabicText(characters: number): string {
  let text = '';
  for (let index = 0; text.length < characters; index += 1) text += `${ARABIC_WORDS[index % ARABIC_WORDS.length]} `;
  return text.slice(0, characters);
}

function citation(n: number, quote: string): Citation {
  return { n, articleId: `article-${n}`, articleTitle: `مقالة ${n} عن المياه`, section: 'التمويل', paragraph: n, quote, text: quote, translation: null, quoteTranslation: null, score: 0.5, url: `https://example.org/${n}?utm_source=rss` };
}

function timed(answer: Answer, runs: number): { p50_ms: number; max_ms: number; messages: number } {
  renderAnswer(answer, 'warm-up');
  const times: number[] = [];
  let messages = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    messages = renderAnswer(answer, `bench-${run}`).length;
    times.push(performance.now() - started);
  }
  return { p50_ms: Number(percentile(times, 50).toFixed(2)), max_ms: Number(Math.max(...times).toFixed(2)), messages };
}

const longQuote = arabicText(20_000);
const quoteAnswer: Answer = { question: 'ماذا قال الوزير؟', lang: 'ar', answerable: true, mode: 'offline', answer: `${longQuote.slice(0, 300)} [1]`, citations: [citation(1, longQuote)], cites: [1] };
const sources = Array.from({ length: 30 }, (_, index) => citation(index + 1, arabicText(600)));
const words = Array.from({ length: 10_000 }, (_, index) => ARABIC_WORDS[index % ARABIC_WORDS.length]);
const longAnswer: Answer = {
  question: 'لخّص كل شيء',
  lang: 'ar',
  answerable: true,
  mode: 'offline',
  answer: sources.map((source, index) => `${words.slice(index * 333, (index + 1) * 333).join(' ')} [${source.n}]`).join('\n\n'),
  citations: sources,
  cites: sources.map((source) => source.n),
};

const quote = timed(quoteAnswer, 50);
const long = timed(longAnswer, 50);
process.stdout.write(
  `${JSON.stringify({ quote_chars: longQuote.length, quote_p50_ms: quote.p50_ms, quote_max_ms: quote.max_ms, long_words: words.length, long_sources: sources.length, long_p50_ms: long.p50_ms, long_max_ms: long.max_ms, long_messages: long.messages })}\n`,
);
