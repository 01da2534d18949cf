/**
 * The few DOM members the extractor uses, typed here because the project
 * compiles without the browser "DOM" lib (the core must not depend on it).
 * linkedom provides the implementation: a fast, server-side DOM that
 * Readability runs on unchanged.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const TEXT_NODE = 3;

export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** Text with every run of white space (including <br> line breaks) collapsed to one space. */
export function collapsedText(node: DomNode): string {
  return (node.textContent ?? '').replace(/[\s\u00A0\u200B]+/g, ' ').trim();
}

export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}
