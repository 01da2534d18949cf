/**
 * A yes/no question naming a country or its people ("did they hire Chinese engineers?") is not confirmed by a passage
 * that tells the event of another country's people, in a report that never names the one asked («مهندسون من جامعة
 * السلطان قابوس بالتعاون مع شركة ألمانية»): the passage is about others, and a "Yes." over it is the confident wrong
 * answer readers trust least. A country the report names elsewhere is left to the passage (its later paragraphs say
 * "the government" of the country its lead names). Country words in both languages: country-forms.ts.
 */
import { countriesOf, textCountries } from './article-countries.js';

/**
 * Whether the unit (`views`: its text in each language it reads in) names another country than every one the question
 * names, and one of those is named nowhere in its article (`articleCodes`: the codes of the countries it names).
 */
export function tellsOfAnotherCountry(questionWords: Iterable<string>, views: readonly string[], articleCodes: ReadonlySet<string>): boolean {
  const asked = new Set([...questionWords].flatMap((word) => [...countriesOf(word)]));
  if (asked.size === 0 || [...asked].every((code) => articleCodes.has(code))) return false;
  const said = new Set(views.flatMap((view) => [...textCountries(view)]));
  return [...said].some((code) => !asked.has(code));
}
