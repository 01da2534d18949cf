/**
 * "What else did they discuss besides the economy?", «الوزير حكى عن ايه تاني غير الميزانية؟»: the words after
 * an exceptive (knowledge/language/exclusions.tsv), to the end of its clause, name what the answer is NOT about.
 * They are left out of what is searched and of the evidence a paragraph must hold (analyse-question.ts); a paragraph
 * holding them is not weighed down, since one that answers often names the thing set aside too ("what else did they agree besides the ceasefire?").
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import { isQuestionWord } from './question-words.js';

interface Exceptives {
  /** Exceptive phrases as tokens, the longest first ("except for" before "except"); `opening`: «غير», read so only where a question turns to "else". */
  phrases: { words: string[]; opening: boolean }[];
  elseWords: Set<string>;
  clauseWords: Set<string>;
}

let exceptives: Exceptives | undefined;

function loadExceptives(): Exceptives {
  if (exceptives) return exceptives;
  const rows = languageTable('exclusions.tsv').map((row) => ({ words: rawTokens(normalizeText(row[0]!)), role: row[2] }));
  const words = (role: string) => new Set(rows.filter((row) => row.role === role).map((row) => row.words[0]!));
  exceptives = {
    phrases: rows
      .filter((row) => row.role === 'any' || row.role === 'opening')
      .map((row) => ({ words: row.words, opening: row.role === 'opening' }))
      .sort((left, right) => right.words.length - left.words.length),
    elseWords: words('else'),
    clauseWords: words('clause'),
  };
  return exceptives;
}

/** The normalised tokens an exceptive sets aside, or an empty list (most questions). */
export function excludedWords(question: string): string[] {
  const { phrases, elseWords, clauseWords } = loadExceptives();
  // A comma or a question mark ends the clause: «غير الرسوم الجمركية، شو قرروا…».
  for (const clause of question.split(/[,،؛;:?؟.!]/u)) {
    const tokens = rawTokens(normalizeText(clause));
    for (let at = 0; at < tokens.length; at += 1) {
      const phrase = phrases.find((candidate) => candidate.words.every((word, offset) => tokens[at + offset] === word));
      if (!phrase) continue;
      const start = at + phrase.words.length;
      const before = tokens[at - 1];
      // «غير» after a word of "else" sets aside («ايه تاني غير أسعار الخبز»); at the start or after a question word, only before a definite word.
      const opensAside = (before !== undefined && elseWords.has(before)) || ((before === undefined || isQuestionWord(before)) && tokens[start]?.startsWith('ال'));
      if (phrase.opening && !opensAside) continue;
      const excluded: string[] = [];
      for (const token of tokens.slice(start)) {
        if (clauseWords.has(token) || isQuestionWord(token)) break;
        excluded.push(token);
      }
      return excluded;
    }
  }
  return [];
}
