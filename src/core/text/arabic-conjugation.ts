/**
 * The same Arabic verb in another person or tense, so a question's «يقع» meets
 * the article's «تقع», «يعيش» meets «تعيش» and «نشرت» meets «تنشر»: the
 * present-tense prefixes (he ي, she/you ت, we ن) and the past ending of «she» (ت)
 * are grammar, not vocabulary. Root-mates (arabic-root.ts) relate only words a
 * dictionary lists, which never lists a conjugated verb, so these forms were
 * missed.
 *
 * Each form is a guess the caller keeps only when the corpus has it. Names are
 * not verbs (تونس is no «يونس»): the caller skips place names.
 * Input and output are normalised tokens (normalizeText).
 */

const PERSON_PREFIXES = ['ي', 'ت', 'ن'] as const;
/** Letters a verb keeps once its prefix or ending is off: two, for the hollow and assimilated verbs (يقع → قع). */
const MIN_STEM = 2;
/** The shortest past of form VII, VIII or X (انفعل، افتعل، استفعل) with its alef: five letters. */
const DERIVED_PAST_LENGTH = 5;

/** The forms of one stem: the present in each person, the past of «he» and of «she». */
function formsOfStem(stem: string, into: Set<string>): void {
  for (const prefix of PERSON_PREFIXES) into.add(`${prefix}${stem}`);
  if (stem.length >= 3) {
    into.add(stem);
    into.add(`${stem}ت`);
  }
}

/** Other conjugations of `token` read as a verb (the token itself excluded); empty for a word too short to be one. */
export function conjugationForms(token: string): string[] {
  const forms = new Set<string>();
  if (PERSON_PREFIXES.some((prefix) => token.startsWith(prefix)) && token.length - 1 >= MIN_STEM) formsOfStem(token.slice(1), forms);
  if (token.endsWith('ت') && token.length - 1 >= 3) formsOfStem(token.slice(0, -1), forms);
  if (token.length === 3) formsOfStem(token, forms);
  // The past of the derived forms opening with a joining alef (انتخب، اجتمع، استمر) drops it in the present: يستمر، تستمر.
  if (token.startsWith('ا') && token.length >= DERIVED_PAST_LENGTH) for (const prefix of PERSON_PREFIXES) forms.add(`${prefix}${token.slice(1)}`);
  forms.delete(token);
  return [...forms];
}
