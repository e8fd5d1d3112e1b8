// Hostile texts, as functions of a size n in characters, each with the size its tests start from.
// tests/robustness/hostile.test.ts checks each finishes with sane spans; hostile.slow.test.ts that
// each takes time linear in its size.
export const HOSTILE: Array<[string, (n: number) => string, number]> = [
  ['thousands of stray straight quotes', (n) => `Title\n\n${'He said " and then " she " x '.repeat(n / 28)}`, 20_000],
  ['unbalanced curly and single quotes', (n) => `Title\n\n${'“Open ‘quote and ’ no close « here '.repeat(n / 34)}`, 20_000],
  ['one line with no punctuation', (n) => `Title\n\n${'word Minsk Lukashenko said that '.repeat(n / 32)}`, 20_000],
  ['an extremely long word', (n) => `Title\n\n${'a'.repeat(n)} said Putin.`, 50_000],
  ['only punctuation', (n) => '.,;:!?"\'()[]{}—–-…'.repeat(n / 18), 20_000],
  ['only whitespace', (n) => ' \n\t\r\n  \u00a0'.repeat(n / 8), 50_000],
  ['emoji and astral characters', (n) => `Title\n\n${'😀 🇧🇾 Minsk 👍🏽 “said” 𝒳 '.repeat(n / 24)}`, 20_000],
  ['markdown syntax left open', (n) => `# Title\n\n${'**bold [link ](# *em _under `code '.repeat(n / 36)}`, 20_000],
  ['many short paragraphs', (n) => `Title\n\n${'Putin said so.\n\n'.repeat(n / 16)}`, 20_000],
  // span repairs (src/ner/span-repair.ts) and the teams rule (src/ner/teams.ts) read the names of one
  // sentence together: one endless sentence of names must not make them read it again per name
  ['one sentence of organisations joined by "and"', (n) => `Title\n\nThe ${'Council for Foreign Policy and Brotherhood of Kent and '.repeat(n / 56)}end.`, 80_000],
  ['one sentence of sports results', (n) => `Title\n\nThe ${'Essex beat Kent by 3 runs and Surrey 22 v Leeds 4 with '.repeat(n / 56)}end.`, 20_000],
  // every line a result or a row of standings: each side the tagger missed becomes a mention
  ['a page of results lines and standings', (n) => `Title\n\n${'Stoke City 1 Norwich 0\n\nBury 4 3 1 0 7 4 10\n\n'.repeat(n / 44)}`, 20_000],
];
