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
