// Markdown syntax blanked to spaces, so that the text keeps its length and every index stays an
// index into the file as read. Later stages read this "view" and skip the spaces like any others.
//
//   "By [Tatiana Kalinovskaya for AFP](#)"  →  "By  Tatiana Kalinovskaya for AFP     "
//   "Charles Michel **Stephanie Lecocq**"   →  "Charles Michel   Stephanie Lecocq  "
//
// Every pattern is anchored on a fixed opening character and scans a character class up to the line
// end, so the work stays linear in the length of the text even on hostile input.

/** `keep` names the capture group that stays visible (the link text); the rest of the match is blanked. */
type Rule = { pattern: RegExp; keep?: number; why: string };

const RULES: Rule[] = [
  {
    why: 'images keep their alt text: ![Protesters in Minsk](photo.jpg)',
    pattern: /!\[([^\[\]\n]*)\]\([^()\n]*\)/dg,
    keep: 1,
  },
  {
    why: 'links keep their text: [Tatiana Kalinovskaya for AFP](#), also [text][ref]',
    pattern: /\[([^\[\]\n]*)\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\[\]\n]*\])/dg,
    keep: 1,
  },
  {
    why: 'autolinks keep the address: <https://example.org/a>',
    pattern: /<((?:https?:\/\/|mailto:|www\.)[^\s<>]*)>/dgi,
    keep: 1,
  },
  {
    why: 'bold and strong emphasis: **Stephanie Lecocq / EPA / TASS**, __word__',
    pattern: /(\*\*|__)(?=\S)([^*\n]*?[^\s*])\1/dg,
    keep: 2,
  },
  {
    why: 'emphasis with single marks, not inside words (snake_case stays): *Novaya Gazeta*',
    pattern: /(?<![\p{L}\p{N}*_])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\p{L}\p{N}*_])/dgu,
    keep: 2,
  },
  {
    why: 'inline code spans: `newsq`',
    pattern: /`([^`\n]+)`/dg,
    keep: 1,
  },
  {
    why: 'ATX headings: "## Historic demonstrations" (and closing hashes)',
    pattern: /^[ \t]{0,3}(#{1,6})[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$/dgm,
    keep: 2,
  },
  {
    why: 'block quotes: "> text"',
    pattern: /^[ \t]{0,3}>[ \t]?/dgm,
  },
  {
    why: 'list bullets: "- item", "* item", "+ item"',
    pattern: /^[ \t]{0,3}[-*+][ \t]+(?=\S)/dgm,
  },
  {
    why: 'thematic breaks: "***", "---", "___"',
    pattern: /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/dgm,
  },
];

/** Returns `text` with markdown syntax replaced by spaces; same length, same line breaks. */
export function maskMarkdown(text: string): string {
  let current = text;
  for (const rule of RULES) {
    // Each rule reads the text as masked by the rules before it, so nested syntax (a link inside
    // bold) comes apart layer by layer. Most files have little markdown: a rule without matches
    // costs one scan and no copy.
    const blanks: Array<[number, number]> = [];
    rule.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.pattern.exec(current)) !== null) {
      if (m[0].length === 0) { rule.pattern.lastIndex++; continue; }
      const end = m.index + m[0].length;
      const keep = rule.keep !== undefined ? m.indices?.[rule.keep] : undefined;
      if (keep && keep[1] > keep[0]) {
        blanks.push([m.index, keep[0]], [keep[1], end]);
      } else blanks.push([m.index, end]);
    }
    if (blanks.length) current = blank(current, blanks);
  }
  return current;
}

/** Replaces the given ranges (in order, not overlapping) by spaces, keeping any line breaks in them. */
function blank(text: string, ranges: Array<[number, number]>): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= start) continue;
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
