/**
 * The forms a conjugated Arabic verb is listed under in the lexicon. A dictionary lists a verb in the past or the
 * present of «he» only, so a question's «فازت», «يلعبون», «سجلوا» find no entry as written (nor under their clitics
 * or light stem) and went untranslated: they are looked up as «فاز», «لعب», «سجل» (arabic-conjugation.ts).
 */
import { conjugationForms } from '../text/arabic-conjugation.js';
import { arabicLookupCandidates } from './lexicon-forms.js';

/** A plural verb's ending: past «لعبوا», present «يلعبون» / «تلعبان» (the person prefix kept). */
const PLURAL_VERB = /^(?:([يت])(.{2,})(?:ون|ان)|(.{3,})وا)$/u;

/** The verb without a plural ending, or undefined when the form has none. */
function singularVerb(form: string): string | undefined {
  const plural = PLURAL_VERB.exec(form);
  if (!plural) return undefined;
  return plural[1] ? `${plural[1]}${plural[2]}` : plural[3];
}

/**
 * The past and present of «he» of a token read as a conjugated verb, its clitics set aside first. Guesses: the
 * caller keeps those that are headwords, and only for a word none of whose own forms is one. Another person's
 * prefix (ت, ن) is not tried: it makes another verb more often than it finds this one («تقع» is no «نقع»).
 */
export function arabicVerbCandidates(token: string): string[] {
  const forms: string[] = [];
  for (const form of arabicLookupCandidates(token)) {
    if (form.startsWith('ال')) continue;
    const singular = singularVerb(form);
    for (const base of singular ? [form, singular] : [form]) {
      for (const conjugated of [base, ...conjugationForms(base).filter((candidate) => !/^[تن]/u.test(candidate))]) {
        if (conjugated !== token && !forms.includes(conjugated)) forms.push(conjugated);
      }
    }
  }
  return forms;
}
