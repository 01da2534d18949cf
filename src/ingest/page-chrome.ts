/**
 * Page chrome: everything on a news page that is not the article. Two passes,
 * because neither is enough alone. Before Readability, structural chrome is cut
 * out of the DOM (menus, share bars, comment forms, related-story boxes) so it
 * cannot be mistaken for content on short pages. After it, paragraphs whose
 * whole text is boilerplate ("اترك رد", "Advertisement", «اقرأ أيضا: …») are
 * dropped: themes print those as plain <p>/<h3> (see also chrome-lines.ts).
 */
import { isShareBar, labelForm, phraseList } from './chrome-phrases.js';
import { collapsedText, tagOf, type DomDocument, type DomElement } from './dom.js';
import { TUNING } from '../core/public.js';

// JSON-LD scripts stay: Readability reads the headline, author, publisher and date from them.
const CHROME_TAGS = 'script:not([type="application/ld+json"]), style, noscript, template, iframe, nav, footer, aside, button, input, textarea, select, svg, dialog';
const CHROME_ROLES = '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"]';
const CHROME_NAME =
  /(^|[\s_-])(share|sharing|social|sharedaddy|comments?|respond|reply|related|newsletter|subscribe|cookies?|breadcrumbs?|menu|navbar|sidebar|widget|ad|ads|advert|advertisement|dfp|sponsored|promo|popup|modal|most-read|trending|tags|kicker|eyebrow|overline|rubric)([\s_-]|$)/i;
const NEVER_REMOVED = new Set(['html', 'body', 'main', 'article']);

const COMMENT_NAME = /(^|[\s_-])(comments?|respond|reply|disqus)([\s_-]|$)/i;

/** Holds running prose (a few real paragraphs), as an article body does and a share bar or menu does not. */
function holdsProse(element: DomElement): boolean {
  const lengths = Array.from(element.querySelectorAll('p')).map((paragraph) => collapsedText(paragraph).length);
  return lengths.filter((length) => length >= TUNING.extraction.proseParagraph).reduce((sum, length) => sum + length, 0) >= TUNING.extraction.proseTotal;
}

/**
 * Removes structural chrome in place. Class and id names are only a hint
 * (themes put "has-social-share" on the article body itself), so an element
 * named like chrome stays when it holds prose or most of the page's text.
 * Comment threads are the exception: long and full of prose, they go unless
 * they contain the article itself.
 */
export function removeStructuralChrome(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const removeAll = (selector: string) => Array.from(document.querySelectorAll(selector)).forEach((element) => element.remove());
  removeAll(CHROME_TAGS);
  removeAll(CHROME_ROLES);
  // ASP.NET sites wrap the whole page in one <form>: only forms without prose (search, comment, newsletter) go.
  Array.from(document.querySelectorAll('form')).filter((form) => !holdsProse(form) && !form.querySelector('h1, article')).forEach((form) => form.remove());
  // A site header is chrome; an article's own header (title, byline, date) is not, and its metadata was read already.
  Array.from(document.querySelectorAll('header')).filter((header) => !header.closest('article, main')).forEach((header) => header.remove());
  const pageLength = collapsedText(body).length || 1;
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    const name = `${element.className} ${element.id}`;
    if (NEVER_REMOVED.has(tagOf(element)) || !CHROME_NAME.test(name)) continue;
    const keep = COMMENT_NAME.test(name)
      ? element.querySelector('h1, article, [itemprop="articleBody"]') !== null
      : holdsProse(element) || collapsedText(element).length >= pageLength * 0.5;
    if (!keep) element.remove();
  }
}

/** True for a short paragraph or heading that is page furniture rather than article text (lists in knowledge/language/). */
export function isBoilerplate(text: string, pageNames: readonly string[]): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (text.length > TUNING.extraction.maxChromeLine) return false;
  const bare = labelForm(text);
  if (pageNames.some((name) => name.trim() && labelForm(name) === bare)) return true;
  return (
    phraseList('ad-labels.txt').isWholeLine(text) ||
    phraseList('share-labels.txt').isWholeLine(text) ||
    phraseList('reading-time.txt').isWholeLine(text) ||
    isShareBar(text) ||
    phraseList('read-more.txt').restAfterOpening(text) !== null ||
    phraseList('comment-form.txt').restAfterOpening(text) !== null
  );
}
