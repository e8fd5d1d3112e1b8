// Small words that may stand inside a name or organisation without capitals, and words ignored when
// reading an acronym off a long name. Each with its reason.

/** Lower-case words skipped when forming an acronym: "Collective Security Treaty Organization" -> CSTO. */
export const ACRONYM_SKIP = new Set([
  'of', // "Organization of the Petroleum Exporting Countries" -> OPEC
  'the', // "Bank of the West"
  'and', // "Bosnia and Herzegovina"
  'for', // "Organization for Security and Co-operation in Europe" -> OSCE
  'in', // "... Co-operation in Europe"
  'on', // "Committee on Foreign Affairs"
  'de', // "Médecins Sans Frontières" style names in French
  '&', // "Procter & Gamble" -> P&G is not built; & is skipped
]);

/** Possessive clitics: never part of a span ("Lukashenko's" -> "Lukashenko"). */
export const POSSESSIVES = new Set(["'s", '’s', "'", '’', "'S", '’S']);

/**
 * Words that a company's or a party's full name adds to its short name, and nothing else: "Meta
 * Platforms" and "Meta", "Apple Inc" and "Apple", "the Labour Party" and "Labour" are one body
 * (not "Amazon Web Services" and "Amazon": a unit is a body of its own).
 */
export const SHORT_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  // legal forms: "Apple Inc", "Volkswagen AG", "Barclays plc"
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', 'se', 'spa',
  // what a group calls itself in full: "Meta Platforms", "Alibaba Group", "Tata Motors", "Labour Party"
  'group', 'holdings', 'holding', 'platforms', 'technologies', 'industries', 'motor', 'motors', 'party',
]);
