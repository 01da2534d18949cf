/**
 * A question that says where to look ("… according to the interview?", «… حسب التقرير؟», "what did she
 * say in the article?") names the source it is asked against, not what the answer is about: the phrase is
 * left out of the words a paragraph must hold, so the one paragraph that happens to say "interview" is not
 * evidence for a fact the article never gives. Forms: knowledge/language/source-references.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { withoutWords, wordSpans, type WordSpan } from '../text/word-spans.js';

const NAMED_BY = new Set(['with', 'of', 'on', 'about', 'by', 'مع', 'عن', 'حول']);

let forms: { frames: string[][]; documents: Set<string> } | undefined;

function table() {
  if (!forms) {
    const rows = languageTable('source-references.tsv');
    const of = (role: string) => rows.filter((row) => row[2] === role).map((row) => normalizeText(row[0]!));
    forms = { frames: of('frame').map((frame) => frame.split(' ')).sort((a, b) => b.length - a.length), documents: new Set(of('document')) };
  }
  return forms;
}

/** A document noun as written after its frame: itself, «للتقرير» for «التقرير». */
function isDocument(word: string | undefined): boolean {
  if (!word) return false;
  const { documents } = table();
  return documents.has(word) || (word.startsWith('لل') && documents.has(`ا${word.slice(1)}`));
}

/** How many words of a source reference start at `position` (0 when none does). */
function referenceLength(spans: WordSpan[], position: number): number {
  for (const frame of table().frames) {
    if (!frame.every((word, offset) => spans[position + offset]?.word === word)) continue;
    let next = position + frame.length;
    if (spans[next]?.word === 'the' || spans[next]?.word === 'this') next += 1;
    // "in the interview with the minister" names which interview: a subject of its own.
    if (isDocument(spans[next]?.word) && !NAMED_BY.has(spans[next + 1]?.word ?? '')) return next + 1 - position;
  }
  return 0;
}

/** The question without its references to the source, as typed (casing and punctuation kept). */
export function withoutSourceReference(question: string): string {
  let text = question;
  for (let spans = wordSpans(text), position = 0; position < spans.length; position += 1) {
    const length = referenceLength(spans, position);
    if (length === 0) continue;
    const rest = withoutWords(text, spans, position, length);
    // A question that is nothing but the reference ("in the report?") keeps it.
    if (rest.replace(/[^\p{L}\p{N}]/gu, '') === '') return text;
    text = rest;
    spans = wordSpans(text);
    position -= 1;
  }
  return text;
}
