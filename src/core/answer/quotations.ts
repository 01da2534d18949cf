/**
 * Whether a text quotes someone: what answers "what did X say". Quotation marks
 * alone do not tell it, since outlets also put names in them.
 */
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';

/** Text between a pair of quotation marks (“…”, «…», "…"). */
const QUOTATION = /“([^“”]+)”|«([^«»]+)»|"([^"]+)"/g;

/**
 * Whether the text quotes someone's words: a quotation of a few words at least, or a part of a longer one (a
 * mark it opens or closes elsewhere). Outlets also put names in quotation marks («التقى الوزير “سامي
 * العلي” نظيره “جان دوبون”»), and a name is not what anyone said; a short quotation that is speech («قال إن
 * المشروع “يسير كما خُطط له”») has its speech word beside it.
 */
export function holdsQuotation(text: string): boolean {
  const count = (mark: RegExp) => text.match(mark)?.length ?? 0;
  if (count(/“/g) !== count(/”/g) || count(/«/g) !== count(/»/g) || count(/"/g) % 2 === 1) return true;
  for (const match of text.matchAll(QUOTATION)) {
    const quoted = match[1] ?? match[2] ?? match[3] ?? '';
    if (rawTokens(normalizeText(quoted)).length >= TUNING.answer.quotationWords) return true;
  }
  return false;
}
