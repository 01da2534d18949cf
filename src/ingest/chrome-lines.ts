/**
 * The line-level cleaning of an extracted article: what the DOM pass leaves
 * because it is printed as plain paragraphs. Anywhere in the text: ad labels,
 * share and read-more lines, comment-form lines, update and correction notes,
 * lines that are only a date or a time (live-blog stamps). Around the text
 * (before its first and after its last real paragraph): bylines and credit
 * lines, kickers ("CENTRAL ASIA") and datelines printed as lines. What those
 * lines say is returned as facts for the front matter.
 */
import { phraseList, labelForm } from './chrome-phrases.js';
import { readDatelineLine } from './datelines.js';
import { readMetaLine, type DateContext, type LineFacts } from './meta-lines.js';
import { isBoilerplate } from './page-chrome.js';
import type { ArticleBlock } from './types.js';
import { findDate } from './visible-dates.js';
import { TUNING } from '../core/public.js';

export interface LineContext extends DateContext {
  /** Outlet and title: a line that only repeats one is chrome. */
  pageNames: string[];
  /** The page's declared section: a line repeating it above the text is its kicker. */
  section: string | null;
}

export interface VisibleFacts extends LineFacts {
  dateline?: string;
}

type Reading = { kind: 'chrome' } | { kind: 'note'; updated: string | null } | { kind: 'meta'; facts: LineFacts; aroundTextOnly: boolean } | { kind: 'text' };

function readBlock(block: ArticleBlock, context: LineContext): Reading {
  if (isBoilerplate(block.text, context.pageNames)) return { kind: 'chrome' };
  if (block.text.length <= TUNING.extraction.maxNoteLength && phraseList('update-notes.txt').restAfterOpening(block.text) !== null) {
    return { kind: 'note', updated: findDate(block.text, context.defaultYear) };
  }
  const meta = readMetaLine(block.text, context);
  return meta ? { kind: 'meta', ...meta } : { kind: 'text' };
}

function isKicker(text: string, section: string | null): boolean {
  if (section && labelForm(section) === labelForm(text)) return true;
  return text.length <= TUNING.extraction.kickerLength && text.split(/\s+/).length <= TUNING.extraction.kickerWords && !/[\d.!?؟:;,،]\s*$/u.test(text) && !/\d/.test(text);
}

export function removeChromeLines(blocks: readonly ArticleBlock[], context: LineContext): { blocks: ArticleBlock[]; facts: VisibleFacts } {
  const readings = blocks.map((block) => readBlock(block, context));
  const isProse = (index: number) => readings[index]!.kind === 'text' && blocks[index]!.kind === 'paragraph' && blocks[index]!.text.length >= TUNING.extraction.proseLength;
  const indexes = blocks.map((_, index) => index);
  const firstProse = indexes.find(isProse) ?? blocks.length;
  const lastProse = indexes.filter(isProse).pop() ?? blocks.length;
  const header: VisibleFacts = {};
  const tail: VisibleFacts = {};
  let updatedByNote: string | null = null;
  const kept = blocks.filter((block, index) => {
    const reading = readings[index]!;
    const facts = index < firstProse ? header : index > lastProse ? tail : null;
    if (reading.kind === 'chrome') return false;
    if (reading.kind === 'note') {
      updatedByNote ??= reading.updated;
      return false;
    }
    if (reading.kind === 'meta') {
      // Inside the text, "By Thursday evening…" or «كتب الرئيس…» openers are sentences; only a bare date or time line goes.
      if (reading.aroundTextOnly && !facts) return true;
      if (facts) Object.entries(reading.facts).forEach(([key, value]) => (facts[key as keyof LineFacts] ??= value));
      return false;
    }
    if (index >= firstProse) return true;
    const dateline = readDatelineLine(block.text, context.defaultYear);
    if (dateline) header.dateline ??= dateline;
    return !dateline && !isKicker(block.text, context.section);
  });
  // The header's byline wins over a credit line at the foot.
  const facts: VisibleFacts = { ...tail, ...header };
  if (updatedByNote) facts.updated ??= updatedByNote;
  return { blocks: kept, facts };
}

