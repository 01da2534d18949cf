/**
 * The dimension a number question measures when its words name one but no unit: "how heavy" a weight, "how long" a
 * time or a length, «قديش بدو وقت» and «كم يستغرق» a time, «كم يزن» a weight (knowledge/language/measure-questions.tsv).
 * A number answers it only beside a unit of that dimension (values.ts): of two sentences of one paragraph, «وعلقت نحو
 * 300 شاحنة» does not tell how long the repair takes, «قد يستغرق ثلاثة أسابيع» does.
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import type { QuestionReading } from './read-question.js';

let cues: Map<string, string[]> | undefined;

/** The dimensions asked (measure-units.tsv's names), or null when the question names none, counts a noun or asks a cost. */
export function askedDimensions(question: string, reading: Pick<QuestionReading, 'type' | 'counted' | 'measured'>): ReadonlySet<string> | null {
  cues ??= new Map(languageTable('measure-questions.tsv').map((row) => [normalizeText(row[0]!), row[2]!.split(',')]));
  // "how many days", «كم يكلف»: the counted noun or the cost word already says what a number must stand beside («كم
  // يزن» reads the verb as counted: it is the dimension's word).
  if (reading.type !== 'number' || (reading.counted !== null && !cues.has(reading.counted)) || reading.measured !== null) return null;
  const tokens = rawTokens(normalizeText(question));
  const asked = new Set<string>();
  tokens.forEach((token, position) => {
    // An English adjective grades only right after "how" ("how long", not "a long strike"); an Arabic word anywhere.
    const forms = isArabicToken(token) ? withoutProclitics(token) : tokens[position - 1] === 'how' ? [token] : [];
    for (const form of forms) for (const dimension of cues!.get(form) ?? []) asked.add(dimension);
  });
  return asked.size > 0 ? asked : null;
}
