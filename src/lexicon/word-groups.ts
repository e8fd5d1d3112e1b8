// Word lists as data: each group of words carries the reason it is there, so a list reads as a set
// of decisions rather than a bag of strings.
//
//   wordSet({ reason: 'auxiliaries between subject and verb: "she has said"', words: ['has', 'had'] })

export interface WordGroup {
  reason: string;
  words: string[];
}

/** The words of some groups, as a set for lookups. */
export const wordSet = (...groups: WordGroup[]): Set<string> => new Set(groups.flatMap((g) => g.words));
