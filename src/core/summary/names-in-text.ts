/**
 * People and outlets named in an article, found from how the text introduces
 * them rather than from a list: a title before a name («الرئيس “بوتين”»,
 * "President Putin"), a speech verb around it («وقال “توكاييف”:», "Donald Trump
 * asked"), a full name in quotation marks («“دونالد ترامب”»), or an outlet
 * word («صحيفة “آنا تيلي”», "the newspaper Ana Tili", "Azerbaijan Airlines").
 */
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens } from '../text/tokenize.js';
import type { Article } from '../types.js';

export interface NamesFound {
  people: string[];
  organisations: string[];
}

const Q = '[“”"«»]';
const QUOTED = `${Q}([^“”"«»]{2,30})${Q}`;
const AR_TITLE = '(?:الرئيس|الزعيم|رئيس الوزراء|الوزير|السيد|السيدة|الملك|الأمير|الشيخ|المستشار)';
const AR_VERB = '(?:و)?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|تحدث|تحدثت|أقر|أقرت|صرح|أشار|تعهد|وفقًا ل|وفقا ل)';
const ARABIC_PATTERNS = [
  new RegExp(`${AR_TITLE}(?:\\s+[^\\s“”"«»]+ي)?،?\\s*${QUOTED}`, 'gu'),
  new RegExp(`${AR_TITLE}\\s+([^\\s“”"«»،.:]+)`, 'gu'),
  new RegExp(`${AR_VERB}\\s*${QUOTED}(?=\\s*(?::|،|\\s(?:أن|إن|عن|على)\\s))`, 'gu'),
  new RegExp(`${AR_VERB}\\s+([^\\s“”"«»،.:]+)(?=\\s*:)`, 'gu'),
  new RegExp(QUOTED, 'gu'),
];
const ARABIC_OUTLETS = [
  new RegExp(`(?:صحيفة|جريدة|مجلة|وكالة|قناة|خدمة|شركة)\\s+${QUOTED}`, 'gu'),
  /(الخطوط الجوية\s+[^\s“”"«»،.]+)/gu,
];

const EN_NAME = "((?:[A-Z][\\p{L}'-]+\\s+){0,2}[A-Z][\\p{L}'-]+)";
const ENGLISH_PATTERNS = [
  new RegExp(`\\b(?:President|Prime Minister|Minister|Chancellor|King|Prince|Emir|Sheikh|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Senator|Ambassador)\\s+${EN_NAME}`, 'gu'),
  new RegExp(`${EN_NAME}\\s+(?:said|added|stressed|explained|noted|acknowledged|pledged|affirmed|spoke|asked|told)\\b`, 'gu'),
  new RegExp(`\\bAccording to ${EN_NAME}`, 'gu'),
];
const ENGLISH_OUTLETS = [
  /\b(?:newspaper|agency|channel|magazine|outlet)\s+((?:[A-Z][\p{L}'-]+\s?){1,3})/gu,
  /\b((?:[A-Z][\p{L}'-]+\s+){1,3}(?:Airlines|Airways|Bank|Company|Corporation|Group|Agency|Fund|Council|Organi[sz]ation|Union|Party|Committee|Forum|Association|Institute|University|Parliament|Assembly|Commission|Ministry))\b/gu,
];
const ENGLISH_NOT_NAMES = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'The', 'In', 'On', 'At', 'And', 'But', 'Which', 'President']);

/** A quoted Arabic phrase that can be a name: no definite article, no function word. */
function looksLikeArabicName(phrase: string, requireSeveralWords: boolean): boolean {
  const words = rawTokens(normalizeText(phrase));
  if (words.length === 0 || words.length > 4 || (requireSeveralWords && words.length < 2)) return false;
  return words.every((word) => !word.startsWith('ال') && !word.startsWith('لل') && word !== 'غير' && !isStopWord(word) && !/\d/.test(word));
}

function collect(text: string, patterns: RegExp[], accept: (name: string, pattern: number) => boolean, into: Set<string>): void {
  patterns.forEach((pattern, index) => {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]?.trim();
      if (name && accept(name, index)) into.add(name);
    }
  });
}

export function namesInArticle(article: Article, lang: 'ar' | 'en', isKnownPlaceOrOrganisation: (name: string) => boolean): NamesFound {
  const people = new Set<string>();
  const organisations = new Set<string>();
  for (const paragraph of article.paragraphs) {
    const text = lang === 'ar' ? paragraph.text : paragraph.translation;
    if (!text) continue;
    if (lang === 'ar') {
      collect(text, ARABIC_OUTLETS, (name) => !isKnownPlaceOrOrganisation(name), organisations);
      // The last pattern (any quoted phrase) only counts full names: two words or more.
      const lastPattern = ARABIC_PATTERNS.length - 1;
      collect(text, ARABIC_PATTERNS, (name, index) => looksLikeArabicName(name, index === lastPattern) && !isKnownPlaceOrOrganisation(name), people);
    } else {
      collect(text, ENGLISH_OUTLETS, (name) => !isKnownPlaceOrOrganisation(name), organisations);
      collect(text, ENGLISH_PATTERNS, (name) => !ENGLISH_NOT_NAMES.has(name.split(/\s+/)[0]!) && !isKnownPlaceOrOrganisation(name), people);
    }
  }
  for (const organisation of organisations) people.delete(organisation);
  return { people: [...people], organisations: [...organisations] };
}
