/**
 * The replies `npm run preview` draws: each scenario asks the real engine
 * (offline, over knowledge/ plus the fixture articles of other outlets in
 * test/fixtures/outlets, one with the Arabic translation in test/fixtures/translations, and the
 * Arabic report with Latin runs in test/fixtures/mixed-script) and renders with the bot's production renderers, so
 * the picture is what Discord would receive. Add a scenario here to look at a
 * new kind of reply.
 */
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { summarizeWithEngine } from '../../src/core/summary/index.js';
import { renderHelp } from '../../src/discord/commands/help.js';
import { renderArticleList } from '../../src/discord/commands/sources.js';
import { renderSummary } from '../../src/discord/commands/summary.js';
import type { RenderedMessage } from '../../src/discord/render/messages.js';
import { moreExcerpts, renderAnswer, renderMoreExcerpts } from '../../src/discord/render/render-answer.js';

export interface Scenario {
  name: string;
  title: string;
  render(engine: MarsadEngine): Promise<RenderedMessage[]>;
}

const ask = (question: string, lang?: 'ar' | 'en') => async (engine: MarsadEngine) => renderAnswer(await engine.ask(question, { lang }), 'preview');

export const SCENARIOS: Scenario[] = [
  { name: 'ask-en', title: '/ask What did Tokayev say about China?', render: ask('What did Tokayev say about China?') },
  { name: 'ask-ar', title: '/ask كم يكلف مشروع تحلية مياه العقبة؟', render: ask('كم يكلف مشروع تحلية مياه العقبة؟') },
  { name: 'ask-en-arabic-source', title: '/ask (English question, Arabic article without translation)', render: ask('How much water will the Aqaba desalination project supply each year?') },
  { name: 'ask-ar-english-source', title: '/ask (Arabic question, English article)', render: ask('كم عامل انضم إلى الإضراب في ميناء سينيش؟') },
  { name: 'ask-ar-english-translated', title: '/ask (Arabic question, English article with an Arabic translation)', render: ask('ماذا قال رئيس بلدية ألماتي؟') },
  { name: 'ask-ar-latin-run', title: '/ask (Arabic lines ending in a Latin name and a unit, "5G" in the middle)', render: ask('ما سرعة شبكة الجيل الخامس في الدار البيضاء؟') },
  { name: 'ask-ar-english-quote', title: '/ask (an Arabic sentence quoting English words with their own full stop)', render: ask('ماذا قالت ممثلة الشركة الشريكة عن تغطية المدينة؟') },
  { name: 'ask-yes-no-ar', title: '/ask (yes/no, another number than the article\'s)', render: ask('هل سيوفر مشروع تحلية العقبة 500 مليون متر مكعب سنويا؟') },
  { name: 'ask-yes-no-en', title: '/ask (yes/no, a question of refusal)', render: ask('Did the government refuse to intervene in the Sines strike?') },
  { name: 'ask-dateline-ar', title: '/ask (where an article was filed, Arabic)', render: ask('من أين كُتب تقرير مشروع تحلية مياه العقبة؟') },
  { name: 'ask-dateline-en', title: '/ask (where an article was filed, English, Arabic article)', render: ask('Where was the report on the Aqaba desalination project filed?') },
  { name: 'ask-metadata-en', title: '/ask (about an article\'s record)', render: ask('Who wrote the report on the Sines dock strike?') },
  {
    name: 'ask-since-ar',
    title: '/ask since:2025-02-01 (a period)',
    render: async (engine) => renderAnswer(await engine.ask('ماذا قال وزير المياه؟', { since: '2025-02-01' }), 'preview'),
  },
  {
    name: 'ask-follow-up-en',
    title: 'a thread follow-up ("and the cost?")',
    render: async (engine) => {
      const first = await engine.ask('What is the Aqaba desalination project?');
      return renderAnswer(await engine.ask('and the cost?', { history: [{ question: first.question, answer: first.answer }] }), 'preview');
    },
  },
  { name: 'refusal-en', title: '/ask (not covered, English)', render: ask('Who won the football world cup final?') },
  { name: 'refusal-ar', title: '/ask (not covered, Arabic)', render: ask('من فاز بنهائي كأس العالم لكرة القدم؟') },
  {
    name: 'more-excerpts-ar',
    title: '"More excerpts" under an Arabic answer',
    render: async (engine) => {
      const answer = await engine.ask('ماذا قالت الجمعيات البيئية عن محطة العقبة؟');
      return renderMoreExcerpts(moreExcerpts(answer), answer.lang, 'preview', 0);
    },
  },
  { name: 'summary-ar', title: '/summary topic:روسيا language:ar', render: async (engine) => renderSummary(await summarizeWithEngine(engine, null, { topic: 'روسيا', lang: 'ar' })) },
  { name: 'summary-en', title: '/summary article:tokayev… language:en', render: async (engine) => renderSummary(await summarizeWithEngine(engine, null, { articleId: 'tokayev-foreign-policy-2025-01-03', lang: 'en' })) },
  { name: 'summary-en-english-article', title: '/summary article:harbour-strike (English-only article)', render: async (engine) => renderSummary(await summarizeWithEngine(engine, null, { articleId: 'harbour-strike-2025-03-04' })) },
  { name: 'summary-ar-english-translated', title: '/summary article:almaty-metro language:ar (English article with an Arabic translation)', render: async (engine) => renderSummary(await summarizeWithEngine(engine, null, { articleId: 'almaty-metro-2025-02-01', lang: 'ar' })) },
  { name: 'summary-ar-arabic-article', title: '/summary article:amman-water (Arabic-only article)', render: async (engine) => renderSummary(await summarizeWithEngine(engine, null, { articleId: 'amman-water-2025-02-10' })) },
  { name: 'help-en', title: '/help language:en', render: async () => renderHelp('en', 5) },
  { name: 'help-ar', title: '/help language:ar', render: async () => renderHelp('ar', 60) },
  { name: 'sources-en', title: '/sources language:en', render: async (engine) => renderArticleList(engine.listArticles(), 'en') },
  { name: 'sources-ar', title: '/sources language:ar', render: async (engine) => renderArticleList(engine.listArticles(), 'ar') },
];
