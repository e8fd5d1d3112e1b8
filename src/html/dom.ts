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
  setAttribute(name: string, value: string): void;
  setAttribute(name: string, value: string): void;
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

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç' };

/**
 * Character references left in strings that are not markup: CMSs escape JSON-LD and meta values
 * twice, so "Thermen- &#038; Vulkanland" and "&#8222;Arschloch&#8220;" reach us as text.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi, (all, dec: string, hex: string, name: string) => {
    const cp = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (cp >= 0) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    return NAMED[name] ?? all;
  });
}

export const textOf = (node: DomNode | null | undefined): string => squash(node?.textContent);
