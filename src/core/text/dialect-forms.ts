/**
 * Dialect verb morphology read back to Modern Standard Arabic forms, so a
 * question typed in Egyptian, Levantine or Gulf Arabic meets press text: the
 * affixes below are the dialects' grammar (any grammar of spoken Arabic lists
 * them), not vocabulary, and each candidate is only a guess that the caller
 * keeps when the corpus has it.
 *
 * - progressive ب before the present-tense prefix: بيقول → يقول، بتدعم → تدعم
 * - future ح / ه before it: حتسافر → تسافر، هيزور → يزور; and read as MSA's سـ: هيزور → سيزور (a present verb the
 *   corpus lacks, after a separate «رح», likewise: رح يزور → سيزور)
 * - the present passive's تـ before the stem: بيتصدر → يصدر (يُصدَّر)
 * - Maghrebi progressive ك before it: كيقول → يقول، كنعرفو → نعرف
 * - the active participle for the present (عايش → يعيش، ساكنة → يسكن، عارفين → يعرف):
 *   the dialects say «he is living» where MSA says «he lives»
 * - negation ما…ش around a verb: مابتعرفش → تعرف
 * - the reflexive-passive ات / ان before a past verb: اتفتح → تفتح، انشغل → شغل (اتأخر → تأخر only: not آخر)
 * - the plural written و for MSA ون / وا, after an object pronoun is taken off:
 *   بيعتبروها → يعتبر، يعتبرون; بيسموه → يسم، يسمون
 * - «ع» for «على» glued to the article: عالحدود → الحدود; the demonstrative «ها» likewise: هالسنة → السنة
 * - the final hamza after alef the dialects do not say: وزرا → وزراء، الغنا → الغناء
 * - the long a Moroccan gives a present verb of form VIII (افتعل): يعتابر → يعتبر، كيحتارمو → يحترمو
 *
 * Input and output are normalised tokens (normalizeText). Where the table of dialect words is looked up:
 * dialect-list-forms.ts.
 */

export { dialectListForms, dialectStandardMap } from './dialect-list-forms.js';
import { MIN_REST, OBJECT_PRONOUNS } from './dialect-list-forms.js';

const PRESENT_PREFIXES = 'يتنا';

function addForm(forms: string[], form: string): void {
  if (form.length >= MIN_REST && !forms.includes(form)) forms.push(form);
}

/** The token without the dialect negation: ماتنامش → تنام, مابيعرفش → بيعرف. */
function withoutNegation(token: string): string | null {
  if (!token.endsWith('ش') || token.length < MIN_REST + 2) return null;
  let rest = token.slice(0, -1);
  // «ما» before a verb of three letters at least: ماراحش → راح («ماجاش», two letters left, is kept whole).
  if (rest.startsWith('ما') && rest.length >= MIN_REST + 2) rest = rest.slice(2);
  else if (rest.startsWith('م') && PRESENT_PREFIXES.includes(rest[1]!) && rest.length >= MIN_REST + 2) rest = rest.slice(1);
  return rest;
}

/** A present verb's plural written و / وا (with or without an object pronoun after it): the bare verb and its MSA plural. */
function pluralReadings(verb: string): string[] {
  // Only «they» and «you (plural)» take the plural و: a word opening with ا or ن is a noun here («اسماؤه»).
  if (!'يت'.includes(verb[0]!)) return [];
  const pronoun = OBJECT_PRONOUNS.find((suffix) => verb.endsWith(`و${suffix}`) && verb.length - suffix.length - 1 >= MIN_REST);
  const plural = pronoun ? verb.slice(0, -pronoun.length) : verb.replace(/وا$/, 'و');
  if (!plural.endsWith('و') || plural.length - 1 < MIN_REST) return [];
  const bare = plural.slice(0, -1);
  // A prefix and two radicals left: a final-weak verb, whose «they» drops its last one (يبنوا → يبني، يمشوا → يمشي).
  return bare.length === MIN_REST ? [bare, `${bare}ون`, `${bare}ي`] : [bare, `${bare}ون`];
}

/** Feminine and plural endings of a participle: عايشة، عايشين، عايشات. */
const PARTICIPLE_ENDINGS = ['ين', 'ات', 'ه', ''];

/** An active participle فاعل (with its ending off) read as the present verb: عايش → يعيش، تعيش; ساكن → يسكن. */
function participleReadings(token: string): string[] {
  const ending = PARTICIPLE_ENDINGS.find((suffix) => token.endsWith(suffix) && token.length - suffix.length === 4);
  if (ending === undefined) return [];
  const participle = token.slice(0, token.length - ending.length);
  if (participle[1] !== 'ا') return [];
  const stem = `${participle[0]}${participle.slice(2)}`;
  return [`ي${stem}`, `ت${stem}`];
}

/**
 * The verb under a dialect-only prefix: the future ح / ه, the progressive ب / ك before the person prefix, or
 * the negation ما…ش around it (حتقعد → تقعد، مابيعرفش → يعرف، ماراحش → راح); null for a word without one. A verb so
 * marked is dialect whatever its stem means in MSA: its dialect reading is the one meant («حتقعد» stays, not sits).
 */
export function verbUnderDialectPrefix(token: string): string | null {
  const negated = withoutNegation(token);
  const base = negated ?? token;
  // The person prefixes but «ا» («I»): after «ب» it is the article far more often (بالنص، كازاخستان).
  if ('بحهك'.includes(base[0]!) && 'يتن'.includes(base[1] ?? '') && base.length >= MIN_REST + 2) return base.slice(1);
  // A past verb is marked by the whole «ما…ش» (ماراحش → راح); a present one by its «ش» alone (تقدرش → تقدر).
  return negated && (token.startsWith('ما') || 'يتن'.includes(negated[0]!)) ? negated : null;
}

/**
 * Candidate MSA forms of a dialect-inflected verb (or a word without its final hamza), most likely first (the token
 * itself excluded). `affixesOnly` keeps the readings of a prefix or ending taken off: the participle and final-hamza
 * readings fit many names too («ناصر» → «ينصر»، «رشا» → «رشاء»).
 */
export function dialectVerbForms(token: string, { affixesOnly = false } = {}): string[] {
  const forms: string[] = [];
  if (token.startsWith('عال') && token.length >= MIN_REST + 3) addForm(forms, token.slice(1));
  // The Levantine and Gulf demonstrative «هال» glued to its noun: هالسنة → السنة، هالأيام → الأيام.
  if (token.startsWith('هال') && token.length >= MIN_REST + 3) addForm(forms, token.slice(1));
  const bases = [token];
  const negated = withoutNegation(token);
  if (negated) {
    bases.push(negated);
    addForm(forms, negated);
  }
  for (const base of bases) {
    // بـ / حـ / هـ / كـ before the present-tense prefix: the prefix and the verb stay.
    if ('بحهك'.includes(base[0]!) && PRESENT_PREFIXES.includes(base[1] ?? '') && base.length >= MIN_REST + 2) {
      const verb = base.slice(1);
      addForm(forms, verb);
      // The future ح / ه is MSA's سـ, which press text writes: حتتغير → ستتغير، هيبدأ → سيبدأ.
      if ('حه'.includes(base[0]!)) addForm(forms, `س${verb}`);
      // The dialects' present passive puts تـ before the stem where MSA changes vowels: بيتصدر → يصدر (يُصدَّر)، بيتقال → يقال.
      if (verb[1] === 'ت' && verb.length - 2 >= MIN_REST) addForm(forms, `${verb[0]}${verb.slice(2)}`);
    }
    // ات / ان before a past verb: the MSA form five (تكلم) and the bare verb (كلم، كتب); a stem opening on a hamza
    // keeps its ت, as the bare one is another word: اتأخر is تأخر, not آخر «last»; اتأجل is تأجل, not أجل «yes».
    if ((base.startsWith('ات') || base.startsWith('ان')) && base.length >= MIN_REST + 2) {
      if (base[1] === 'ت') addForm(forms, base.slice(1));
      if (base[1] !== 'ت' || base[2] !== 'ا') addForm(forms, base.slice(2));
    }
  }
  // A present verb the corpus lacks may stand after a separate future particle (رح، راح، غادي), MSA's سـ: رح يزور →
  // سيزور; with its object pronoun off: رح تستأجرها → ستستأجر. The particle is not looked for: the reading is a guess
  // kept only where the corpus writes it. A long vowel after the prefix is a name's shape (ناصر، تامر).
  if (!affixesOnly && 'يتن'.includes(token[0]!) && token[1] !== 'ا' && token.length >= MIN_REST + 1) {
    addForm(forms, `س${token}`);
    const pronoun = OBJECT_PRONOUNS.find((suffix) => token.endsWith(suffix) && token.length - suffix.length >= MIN_REST + 1);
    if (pronoun) addForm(forms, `س${token.slice(0, -pronoun.length)}`);
  }
  // A word ending in alef may have lost its final hamza (فعلاء plurals, فعال verbal nouns).
  if (!affixesOnly && token.endsWith('ا') && !/(ها|نا)$/.test(token) && token.length >= MIN_REST + 1) addForm(forms, `${token}ء`);
  for (const verb of [token, ...forms]) {
    // Prefix, first radical, the ت of form VIII, then the long a: يعتابر → يعتبر (not form X's ست: يستاهل).
    if ('يتن'.includes(verb[0]!) && verb[1] !== 'س' && verb[2] === 'ت' && verb[3] === 'ا' && verb.length >= MIN_REST + 3) addForm(forms, `${verb.slice(0, 3)}${verb.slice(4)}`);
  }
  for (const verb of [token, ...forms]) {
    for (const form of pluralReadings(verb)) {
      addForm(forms, form);
      // The future's plural, as MSA writes it: هيبنوا → سيبنون.
      if ('حه'.includes(token[0]!) && form.length > MIN_REST) addForm(forms, `س${form}`);
    }
  }
  if (!affixesOnly) for (const form of participleReadings(token)) addForm(forms, form);
  return forms.filter((form) => form !== token);
}
