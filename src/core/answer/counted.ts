/**
 * What a "how many" question counts, met in the forms a text writes it: the
 * same stem, the same Arabic root, or the same consonants (a broken or sound
 * plural, an accusative ending), so «كم عدد الأفلام» finds «أربعين فيلمًا».
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { arabicRootKey } from '../text/arabic-root.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';

/**
 * Whether a normalised word names what a "how many" question counts: its stem, or (Arabic) its root, or its
 * consonants (a broken or sound plural, an accusative ending: «فيلمًا» and «الأفلام», «مرات» and «مرة»).
 */
export function countedWord(counted: string): (token: string) => boolean {
  const countedStem = stemToken(counted);
  if (!isArabicToken(counted)) return (token) => stemToken(token) === countedStem;
  // A word with no root key (too short, «طن») is met by its stem or consonants only: two rootless words («في») share no root.
  const countedRoot = arabicRootKey(counted);
  const countedSkeletons = new Set(withoutProclitics(counted, 2).map(consonants));
  return (token) =>
    stemToken(token) === countedStem ||
    // The root is read on the word without its clitics too: ISRI reads the «ب» of «بجائزة» as a radical, «جوائز» meets «جائزة» only bare.
    (isArabicToken(token) && withoutProclitics(token, 2).some((form) => (countedRoot !== null && arabicRootKey(form) === countedRoot) || countedSkeletons.has(consonants(form))));
}

/**
 * A noun's consonants: without the article, a plural or feminine ending or the accusative alef, the alef of a
 * plural «أفعال», and long vowels. Two consonants are enough only beside an ending (مرة، مرات), else words collide.
 */
function consonants(word: string): string {
  const bare = word.replace(/^ال(?=...)/, '');
  const stem = bare.replace(/(?:ات|ين|ون|ه|ا)$/, '');
  const body = stem.replace(/^ا(?=.*[^اوي].*[^اوي].*[^اوي])/, '');
  const skeleton = body[0]! + body.slice(1).replace(/[اوي]/g, '');
  return skeleton.length >= 3 || (skeleton.length === 2 && stem !== bare) ? skeleton : `#${word}`;
}
