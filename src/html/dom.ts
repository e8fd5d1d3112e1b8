// The few DOM shapes newsq touches, typed here so the project needs no "dom" lib: linkedom's
// parseHTML gives a document with these members (and Readability takes it as a browser Document).
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number; // 1 element, 3 text, 8 comment
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  id: string;
  className: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  matches?(selector: string): boolean;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export const ELEMENT = 1;
export const TEXT = 3;

/**
 * Parses a page. linkedom treats a string without <html> as a fragment with no body, so bare
 * markup ("<p>Hello</p>" on stdin) is wrapped in a document first.
 */
export function parseDocument(html: string): DomDocument {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as DomDocument;
}

/** Whitespace runs (NBSP included) to one space, trimmed: "  Hello\n\u00a0world " → "Hello world". */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export const textOf = (node: DomNode | null | undefined): string => squash(node?.textContent);
