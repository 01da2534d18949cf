/**
 * The forms under which a token is looked up in the lexicon (lexicon.ts):
 * English lemma candidates (plural, past, -ing undone), English derived forms
 * (the related words a translation may use), and Arabic forms with clitics and
 * the article set aside. Surface form first, so an exact headword wins.
 */
import { ARABIC_ENCLITICS, ARABIC_PROCLITICS } from '../text/arabic-clitics.js';
import { stemEnglish } from '../text/tokenize.js';

/**
 * Lookup forms of an English token, surface form first: -ies/-ied → -y, -es, -s,
 * -ed (also → -e), -ing (also → -e), consonant doubling undone, then stemEnglish.
 */
export function englishLemmaCandidates(token: string): string[] {
  const forms = [token];
  const add = (form: string): void => {
    if (form.length >= 3 && !forms.includes(form)) forms.push(form);
  };
  const undouble = (stem: string): void => {
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
  };
  if (token.length > 3) {
    if (token.endsWith('ies')) add(`${token.slice(0, -3)}y`);
    if (token.endsWith('es')) add(token.slice(0, -2));
    if (token.endsWith('s') && !token.endsWith('ss')) add(token.slice(0, -1));
    if (token.endsWith('ied')) add(`${token.slice(0, -3)}y`);
    if (token.endsWith('ed')) {
      const stem = token.slice(0, -2);
      add(stem);
      add(`${stem}e`);
      undouble(stem);
    }
    if (token.endsWith('ing') && token.length > 5) {
      const stem = token.slice(0, -3);
      add(stem);
      add(`${stem}e`);
      undouble(stem);
    }
  }
  add(stemEnglish(token));
  return forms;
}

/**
 * Inflected forms of an English lemma, for a dictionary that lists a word only
 * in another form (water → "waters", supply → "supplies"): plural and third
 * person -s/-es/-ies, and the gerund, as an Arabic verbal noun is glossed
 * (desalinate → "desalinating" ← «التحلية»). Tried after the word's own forms.
 */
export function englishInflectedCandidates(lemma: string): string[] {
  if (lemma.length < 3 || !/^[a-z]+$/.test(lemma)) return [];
  const plural = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [plural, gerund];
}

/**
 * Nouns an English verb makes (replace → "replacement", "replacing"; substitute → "substitution"), where a
 * dictionary may list the sense it shares with another word: the way back from a verb to its nominal synonyms.
 */
export function englishNominalCandidates(lemma: string): string[] {
  if (lemma.length < 4 || !/^[a-z]+$/.test(lemma)) return [];
  const bare = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return [`${lemma}ment`, `${bare}ion`, `${bare}ation`, `${bare}ive`, `${bare}ative`, `${lemma}al`];
}

/** The adverb a period noun makes (year → yearly, day → daily, quarter → quarterly). */
export function englishAdverbCandidates(noun: string): string[] {
  if (noun.length < 3 || !/^[a-z]+$/.test(noun)) return [];
  return noun.endsWith('y') ? [`${noun.slice(0, -1)}ily`, `${noun}ly`] : [`${noun}ly`];
}

/** Suffix → the endings of the related words it may come from (compiled once: callers ask per question word). */
const DERIVATION_RULES: [RegExp, string[]][] = [
  [/ically$/, ['ic', 'ical']],
  [/ally$/, ['al', '']],
  [/ily$/, ['y']],
  [/ly$/, ['', 'le']],
  [/ians?$/, ['y', 'ia', 'a', '']],
  [/ese$/, ['', 'a']],
  [/ial$/, ['y', 'e', '']],
  [/al$/, ['', 'e']],
  [/ical$/, ['ic', 'y']],
  [/ic$/, ['y', 'ics', 'e', '']],
  [/ness$/, ['']],
  [/ments?$/, ['']],
  [/ity$/, ['', 'e']],
  [/ations?$/, ['e', 'ate', '']],
  [/ions?$/, ['e', '']],
  [/ers?$/, ['e', '']],
  [/ors?$/, ['e', '']],
  [/ists?$/, ['ism', 'y', '']],
  [/ive$/, ['e', 'ion', '']],
  [/ful$/, ['']],
  [/ous$/, ['', 'y']],
  [/izes?$|ised?$|ized$/, ['', 'e']],
];

/**
 * Derivationally related forms of an English word, for when neither it nor its
 * inflections translate into anything the corpus contains: national → nation,
 * canarian → canary, typically → typical, manufacturer → manufacture,
 * proclamation → proclaim. Less certain than lemmas: callers weight them down.
 * `asAdverb` false: a word the dictionary lists as it is ("supply", "apply") is no
 * adverb in -ly of another ("supple").
 */
export function englishDerivedCandidates(token: string, asAdverb = true): string[] {
  const forms: string[] = [];
  const add = (form: string): void => {
    if (form.length >= 3 && form !== token && !forms.includes(form)) forms.push(form);
  };
  for (const lemma of englishLemmaCandidates(token)) {
    for (const [pattern, replacements] of DERIVATION_RULES) {
      if (!pattern.test(lemma) || (!asAdverb && pattern.source.endsWith('ly$'))) continue;
      const stem = lemma.replace(pattern, '');
      for (const replacement of replacements) add(stem + replacement);
    }
  }
  return forms;
}


/**
 * Lookup forms of a normalised Arabic token, surface form first: proclitics
 * stripped (keeping at least three letters), each with and without the article;
 * then an attached pronoun stripped, restoring taa marbuta (مدينتها → مدينه).
 */
export function arabicLookupCandidates(token: string): string[] {
  const forms = [token];
  const add = (form: string): void => {
    if (form.length >= 2 && !forms.includes(form)) forms.push(form);
  };
  for (const prefix of ARABIC_PROCLITICS) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 3) {
      const base = token.slice(prefix.length);
      add(base);
      if (prefix.endsWith('ال') || prefix.endsWith('لل')) add(`ال${base}`);
    }
  }
  if (!token.startsWith('ال')) add(`ال${token}`);
  // Pronouns never follow the article: strip them from the article-less forms.
  for (const form of forms.filter((candidate) => !candidate.startsWith('ال'))) {
    for (const suffix of ARABIC_ENCLITICS) {
      if (!form.endsWith(suffix) || form.length - suffix.length < 3) continue;
      const base = form.slice(0, -suffix.length);
      const restored = base.endsWith('ت') ? `${base.slice(0, -1)}ه` : undefined;
      if (restored) add(restored);
      add(base);
      if (restored) add(`ال${restored}`);
      add(`ال${base}`);
      break;
    }
  }
  return forms;
}
