/**
 * A yes/no question naming a country or its people ("did they hire Chinese engineers?") is not confirmed by a passage
 * that tells the event of another country's people and never names the one asked («مهندسون من جامعة السلطان قابوس
 * بالتعاون مع شركة ألمانية»): the passage is about others, and a "Yes." over it is the confident wrong answer readers
 * trust least. The country the report is set in (its lead's: article-countries.ts) counts as said, as later paragraphs
 * leave it unsaid. Country words in both languages: country-forms.ts.
 */
import { countriesOf, textCountries } from './article-countries.js';

/**
 * Whether the unit (`views`: its text in each language it reads in) names another country than every one the question
 * names, leaves one of those unsaid, and the report is not set in it (`scene`: its lead's country, or null).
 */
export function tellsOfAnotherCountry(questionWords: Iterable<string>, views: readonly string[], scene: string | null): boolean {
  const asked = new Set([...questionWords].flatMap((word) => [...countriesOf(word)]));
  if (asked.size === 0) return false;
  const said = new Set(views.flatMap((view) => [...textCountries(view)]));
  const unsaid = [...asked].some((code) => !said.has(code) && code !== scene);
  return unsaid && [...said].some((code) => !asked.has(code));
}
