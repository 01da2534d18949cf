/**
 * The people, countries and organisations of the summarised paragraphs, each
 * with the paragraphs that mention it. Countries and international bodies come
 * from a bilingual gazetteer; people and outlets from the text (names-in-text).
 * A short name is folded into the full one it belongs to ("Trump" → "Donald
 * Trump", «توكاييف» → «قاسم جومارت توكاييف»).
 */
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import type { Article, Language } from '../types.js';
import type { ScopeParagraph } from './candidates.js';
import { gazetteer } from './gazetteer.js';
import { alternatives, nameWords } from './name-words.js';
import { namesInArticle, textIn } from './names-in-text.js';
import type { EntityKind, SummaryEntity } from './types.js';

interface Named {
  name: string;
  kind: EntityKind;
  aliases: string[];
}

const ARABIC_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
let organisationFollowers: RegExp | null = null;

/** A country's name followed by one of these words names an organisation ("… Airlines", "… Bank"), not the country. */
function followedByOrganisationWord(rest: string): boolean {
  organisationFollowers ??= new RegExp(`^\\s+${alternatives(nameWords('en', 'organisation_suffix'))}\\b`, 'iu');
  return organisationFollowers.test(rest);
}

function arabicHeadMatches(token: string, head: string): boolean {
  if (ARABIC_PREFIXES.some((prefix) => token === prefix + head)) return true;
  // ل + ال contracts to لل: «للأمم المتحدة», «للصين».
  return head.startsWith('ال') && ['لل', 'ولل', 'فلل'].some((prefix) => token === prefix + head.slice(2));
}

// Paragraph tokens, reused across the few hundred names checked against each paragraph.
const tokenCache = new Map<string, string[]>();
function tokensOf(text: string): string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size > 2_000) tokenCache.clear();
    tokens = rawTokens(normalizeText(text));
    tokenCache.set(text, tokens);
  }
  return tokens;
}

const SHADDA = '\u0651';

/**
 * Normalising drops vowel marks, so «عمّان» (Amman) and «عُمان» (Oman) meet; a
 * shadda doubles a consonant, so where the text writes one the name lacks (or
 * the other way round) at every occurrence, it is another word.
 */
function shaddaDisagrees(text: string, alias: string): boolean {
  const letters = Array.from(alias.replace(/[\u064B-\u0652]/gu, ''), (letter) => letter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\u064B-\\u0652]*');
  const occurrences = [...text.matchAll(new RegExp(letters, 'gu'))].map((match) => match[0]);
  if (occurrences.length === 0) return false;
  return occurrences.every((occurrence) => occurrence.includes(SHADDA) !== alias.includes(SHADDA));
}

function mentionsArabic(text: string, alias: string): boolean {
  if (shaddaDisagrees(text, alias)) return false;
  const tokens = tokensOf(text);
  const [head, ...rest] = tokensOf(alias);
  if (!head) return false;
  return tokens.some((token, index) => arabicHeadMatches(token, head) && rest.every((word, offset) => tokens[index + 1 + offset] === word));
}

function mentionsEnglish(text: string, alias: string, kind: EntityKind): boolean {
  const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    if (kind === 'country' && followedByOrganisationWord(text.slice(match.index + alias.length))) continue;
    return true;
  }
  return false;
}

function known(lang: Language): (name: string) => boolean {
  const form = (text: string) => ` ${rawTokens(normalizeText(text)).join(' ')} `;
  const exact = new Set(gazetteer().flatMap((entry) => entry[lang].map(form)));
  const organisations = gazetteer().filter((entry) => entry.kind === 'organisation').flatMap((entry) => entry[lang].map(form));
  return (name) => exact.has(form(name)) || organisations.some((alias) => form(name).includes(alias));
}

/** People with their short forms folded in: a one-word name that is a word of exactly one full name joins it. */
function people(names: string[], lang: Language): Named[] {
  const words = (name: string) => (lang === 'ar' ? rawTokens(normalizeText(name)) : name.split(/[\s]+/));
  const full = names.filter((name) => words(name).length > 1);
  const merged = new Map(full.map((name) => [name, new Set([name, words(name).at(-1)!])]));
  for (const name of names.filter((candidate) => words(candidate).length === 1)) {
    const owners = full.filter((owner) => words(owner).some((word) => (lang === 'ar' ? word === words(name)[0] : word === name || word.endsWith(`-${name}`))));
    if (owners.length === 1) merged.get(owners[0]!)!.add(name);
    else merged.set(name, new Set([name]));
  }
  return [...merged.entries()].map(([name, aliases]) => ({ name, kind: 'person', aliases: [...aliases] }));
}

function namedIn(article: Article, lang: Language): Named[] {
  const found = namesInArticle(article, lang, known(lang));
  const listed = gazetteer().map((entry): Named => ({ name: entry[lang][0]!, kind: entry.kind, aliases: entry[lang] }));
  const outlets = found.organisations.map((name): Named => ({ name, kind: 'organisation', aliases: [name] }));
  return [...people(found.people, lang), ...listed, ...outlets];
}

const KIND_ORDER: EntityKind[] = ['person', 'country', 'organisation'];

export function extractEntities(scope: ScopeParagraph[], lang: Language): SummaryEntity[] {
  const entities: SummaryEntity[] = [];
  for (const article of [...new Set(scope.map((entry) => entry.article))]) {
    const paragraphs = scope.filter((entry) => entry.article === article).map((entry) => entry.paragraph);
    for (const named of namedIn(article, lang)) {
      const mentioning = paragraphs.filter((paragraph) => {
        const text = textIn(article, paragraph, lang);
        if (!text) return false;
        return named.aliases.some((alias) => (lang === 'ar' ? mentionsArabic(text, alias) : mentionsEnglish(text, alias, named.kind)));
      });
      if (mentioning.length > 0) entities.push({ name: named.name, kind: named.kind, articleId: article.meta.id, paragraphs: mentioning.map((p) => p.number) });
    }
  }
  return entities.sort(
    (left, right) =>
      KIND_ORDER.indexOf(left.kind) - KIND_ORDER.indexOf(right.kind) || right.paragraphs.length - left.paragraphs.length || left.name.localeCompare(right.name),
  );
}
