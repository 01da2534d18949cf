/**
 * The forms of a token a name is matched under, in each script.
 */
import { withoutProclitics } from '../../text/arabic-clitics.js';

/** Arabic tokens carry proclitics (و، ف، ب، ل، ك، ال…): names are matched without them. */
export const arabicVariants = (token: string): string[] => withoutProclitics(token, 3);

export function latinVariants(token: string): string[] {
  // "Tesla's" is normalised to "teslas": try the word without the s as well.
  return token.length > 4 && token.endsWith('s') && !token.endsWith('ss') ? [token, token.slice(0, -1)] : [token];
}
