/**
 * Arabic clitics, one list for the whole code base: the proclitics a word can
 * carry (conjunctions و ف, prepositions ب ل ك, the article ال and their
 * combinations) and the attached pronouns. Stemming, lexicon lookup, name
 * matching and watch words all strip the same ones.
 */

/** The article with the conjunction or preposition attached to it, longest first (والحكومة → حكومة). */
export const ARTICLE_PROCLITICS = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'] as const;

/** Conjunctions and prepositions without the article, longest first. */
export const SHORT_PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'] as const;

/** Every proclitic, longest first. */
export const ARABIC_PROCLITICS: readonly string[] = [...ARTICLE_PROCLITICS, ...SHORT_PROCLITICS];

/** Attached pronouns, longest first. */
export const ARABIC_ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'] as const;

/** The token without each proclitic that leaves at least `minRest` letters (the token itself first). */
export function withoutProclitics(token: string, minRest = 3): string[] {
  const forms = [token];
  for (const prefix of ARABIC_PROCLITICS) {
    if (token.startsWith(prefix) && token.length - prefix.length >= minRest) {
      const rest = token.slice(prefix.length);
      if (!forms.includes(rest)) forms.push(rest);
    }
  }
  return forms;
}
