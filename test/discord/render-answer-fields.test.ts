/**
 * What an answer carries beyond its text, as the bot and the terminal show
 * it: a metadata citation names the article's record and the field (not a
 * paragraph), a gloss is labelled as one for an English reader, a machine
 * translation says so, a follow-up shows how it was read, a period limit is
 * stated; only cited sources are listed and a refusal is headed as such.
 * Answers are built here, for articles of two outlets, so only the renderers
 * are under test. Arabic lines are checked with the bidi algorithm.
 */
import { describe, expect, test } from 'vitest';
import { renderAnswer as renderTerminal } from '../../src/cli/render-answer.js';
import type { Answer, Citation } from '../../src/core/types.js';
import { renderAnswer } from '../../src/discord/render/render-answer.js';
import { logicalWords, readingOrder } from './bidi-order.js';
import { readable, shownSources } from './payloads.js';

const metro: Citation = {
  n: 1,
  articleId: 'almaty-metro',
  articleTitle: 'ألماتي تفتتح محطتين جديدتين للمترو',
  section: 'التمويل',
  paragraph: 3,
  quote: 'بلغت تكلفة المشروع نحو مئتي مليون دولار.',
  text: 'بلغت تكلفة المشروع نحو مئتي مليون دولار.',
  translation: null,
  quoteTranslation: null,
  score: 0.7,
  url: 'https://example.kz/metro?utm_source=rss&id=4',
  gloss: [
    { word: 'بلغت', meaning: 'reached' },
    { word: 'تكلفة', meaning: 'cost' },
  ],
};

const strike: Citation = {
  n: 2,
  kind: 'metadata',
  field: 'author',
  articleId: 'harbour-strike',
  articleTitle: 'Dockers strike at Sines',
  section: null,
  paragraph: 0,
  quote: 'Ana Ribeiro',
  text: 'author: Ana Ribeiro',
  translation: null,
  quoteTranslation: null,
  score: 1,
  url: null,
};

const base: Answer = { question: '', lang: 'en', answerable: true, mode: 'offline', answer: '', citations: [] };

const description = (answer: Answer) => readable(renderAnswer(answer, 'id')[0]!.embeds[0]!.description ?? '');
const footer = (answer: Answer) => readable(renderAnswer(answer, 'id').at(-1)!.embeds.at(-1)!.footer!.text);

describe('answer fields in Discord and the terminal', () => {
  test('a metadata citation names the article record and its field, not a paragraph', () => {
    const answer: Answer = { ...base, question: 'Who wrote the strike report?', answer: 'Ana Ribeiro [2]', citations: [metro, strike], cites: [2] };
    const text = description(answer);
    expect(text).toContain('**[2]** Dockers strike at Sines · article record · author');
    expect(text).not.toMatch(/¶ 0/u);
    expect(shownSources(renderAnswer(answer, 'id')[0]!).map((source) => source.n)).toEqual([]); // no paragraph to show
    expect(text).not.toContain('**[1]**'); // the uncited excerpt waits behind "More excerpts"
    expect(renderTerminal(answer)).toContain('[2] Dockers strike at Sines · article record · author');
    const arabic = renderAnswer({ ...answer, lang: 'ar', question: 'من كتب تقرير الإضراب؟' }, 'id')[0]!.embeds[0]!.description!;
    expect(readable(arabic)).toContain('بيانات المقالة · الكاتب');
  });

  test('an English reader of an Arabic quote without translation gets a labelled gloss; the address loses its tracking', () => {
    const answer: Answer = { ...base, question: 'How much did the metro cost?', answer: '«بلغت تكلفة المشروع نحو مئتي مليون دولار.» [1]', citations: [metro], cites: [1] };
    const text = description(answer);
    expect(text).toMatch(/_Word-by-word dictionary gloss \(not a translation\): «بلغت» reached · «تكلفة» cost_/u);
    expect(text).toContain('(https://example.kz/metro?id=4)');
    expect(renderTerminal(answer)).toContain('Word-by-word dictionary gloss (not a translation)');
    // An answer that already ends with the gloss (the offline answerer's) does not show it twice.
    const withGloss = { ...answer, answer: `${answer.answer}\nWord-by-word dictionary gloss (not a translation): «بلغت» reached · «تكلفة» cost` };
    expect(description(withGloss).match(/Word-by-word dictionary gloss/gu)).toHaveLength(1);
    expect(renderTerminal(withGloss).match(/Word-by-word dictionary gloss/gu)).toHaveLength(1);
    // An Arabic reader needs no gloss.
    expect(description({ ...answer, lang: 'ar' })).not.toMatch(/gloss/u);
  });

  test('a machine-translated rendering is labelled as machine translation', () => {
    const translated = { ...metro, gloss: undefined, quoteTranslation: 'The project cost about two hundred million dollars.', translationLanguage: 'en' as const, machineTranslation: true };
    const answer: Answer = { ...base, question: 'What did it cost?', answer: 'It cost about two hundred million dollars. [1]', citations: [translated], cites: [1] };
    expect(description(answer)).toContain('_English (machine translation):_');
    expect(description({ ...answer, citations: [{ ...translated, machineTranslation: false }] })).toContain('_English (unofficial):_');
  });

  test('an answer whose text is a rendering says so in the footer; an Arabic reader sees the Arabic rendering and title', () => {
    const rendering = 'It cost about two hundred million dollars.';
    const translated = { ...metro, gloss: undefined, quoteTranslation: rendering, translationLanguage: 'en' as const };
    const answer: Answer = { ...base, question: 'What did it cost?', answer: `${rendering} [1]`, citations: [translated], cites: [1] };
    expect(footer(answer).split('\n')[0]).toBe('The answer quotes the unofficial English rendering of an Arabic source; the source is shown as published');
    const english = 'The extension cost about two hundred million dollars.';
    const arabicView = { ...metro, gloss: undefined, section: null, quote: english, text: english, articleTitle: 'Almaty metro extension opens', articleTitleTranslation: 'افتتاح امتداد مترو ألماتي', quoteTranslation: 'كلّف الامتداد نحو مئتي مليون دولار.', translationLanguage: 'ar' as const };
    const arabic: Answer = { ...base, lang: 'ar', question: 'كم كلّف الامتداد؟', answer: 'كلّف الامتداد نحو مئتي مليون دولار. [1]', citations: [arabicView], cites: [1] };
    expect(readable(footer(arabic))).toContain('تقتبس الإجابة الترجمة العربية غير الرسمية لمصدر إنجليزي');
    expect(readable(description(arabic))).toContain('افتتاح امتداد مترو ألماتي');
    expect(renderTerminal(arabic)).toContain('افتتاح امتداد مترو ألماتي');
    // The published English stays what the source shows.
    expect(readable(description(arabic))).toContain(english);
  });

  test('a follow-up shows how it was read and a period its days, in the reply language, before the mode line', () => {
    const answer: Answer = { ...base, question: 'and the cost?', answer: metro.quote + ' [1]', citations: [metro], cites: [1], readAs: 'what did the metro cost?', period: { since: '2025-02-01', until: '2025-02-07' } };
    expect(footer(answer).split('\n')).toEqual(['Read as: “what did the metro cost?”', 'Only articles published 2025-02-01 – 2025-02-07', 'Answered offline from the articles · quotes verified']);
    const arabic = renderAnswer({ ...answer, lang: 'ar', readAs: 'كم كلفة المترو؟' }, 'id').at(-1)!.embeds.at(-1)!.footer!.text!;
    for (const line of arabic.split('\n')) {
      const plain = readable(line);
      expect(line).toMatch(/^\u2067.*\u2069$/u);
      expect(readingOrder(line, 'rtl'), plain).toEqual(logicalWords(line));
    }
    expect(readable(arabic)).toContain('المقالات المنشورة من 2025-02-01 إلى 2025-02-07 فقط');
    expect(renderTerminal(answer)).toContain('(Read as: “what did the metro cost?”)');
  });

  test('a yes/no answer shows its verdict in bold, apart from the quote it rests on; text that only begins the same way is left as it is', () => {
    const arabic: Answer = { ...base, lang: 'ar', question: 'هل بلغت التكلفة 500 مليون دولار؟', answer: `لا. ${metro.quote} [1]`, citations: [metro], cites: [1], verdict: 'no' };
    const line = description(arabic).split('\n')[0]!;
    expect(line).toMatch(/^\*\*لا\.\*\* بلغت تكلفة المشروع/u);
    expect(readingOrder(renderAnswer(arabic, 'id')[0]!.embeds[0]!.description!.split('\n')[0]!, 'rtl')[0]).toBe('**لا.**');
    const english: Answer = { ...base, question: 'Did it cost $200m?', answer: 'The article does not say so directly. The closest it comes: It cost about two hundred million dollars. [1]', citations: [metro], cites: [1], verdict: 'not_said' };
    expect(description(english)).toMatch(/^\*\*The article does not say so directly\. The closest it comes:\*\* It cost/u);
    expect(description({ ...english, verdict: undefined })).not.toContain('**The article');
  });

  test('a refusal lists its nearest excerpts under a heading that says they do not answer', () => {
    const answer: Answer = { ...base, answerable: false, question: 'Who won the cup?', answer: 'The indexed articles do not cover this question.', citations: [metro, strike] };
    expect(description(answer)).toContain('**Nearest excerpts (they do not answer the question)**');
    expect(description({ ...answer, lang: 'ar' })).toContain('أقرب المقتطفات (لا تجيب عن السؤال)');
    expect(renderTerminal(answer)).toContain('Nearest excerpts (they do not answer the question):');
  });

  test('a one-source answer is one embed under 900 characters', () => {
    const answer: Answer = { ...base, question: 'How much did the metro cost?', answer: 'About two hundred million dollars. [1]', citations: [metro, strike], cites: [1] };
    const messages = renderAnswer(answer, 'id');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.embeds).toHaveLength(1);
    const embed = messages[0]!.embeds[0]!;
    expect((embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length).toBeLessThan(900);
  });
});
