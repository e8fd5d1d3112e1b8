// Words that make a date, and nothing else: a speaker phrase made only of them ("December 17",
// "Wednesday February") is a time, not a person or an organisation, and one that ends in them after
// a name and a preposition ("Castaignede ahead of the 12 March tie") ends in a time phrase.

/** Weekday names: "told CNN Tuesday that" (no name is spelt like one). */
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month and weekday names, full and abbreviated as wire copy writes them. */
export const DATE_NAMES = new Set([
  // months: "on December 17", "last September 26"
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // weekdays: "Wednesday February" as a truecased all-caps headline gives it
  ...WEEKDAYS,
]);

/** Abbreviated months: a date only beside a day or a year ("Dec 17"); alone they are acronyms ("DEC", the charity). */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Month names that are also people's names ("Theresa May", "April Ryan"): alone, without a day number, they are no date. */
export const NAME_LIKE_MONTHS = new Set(['may', 'june', 'april', 'august']);

/** Words that may stand beside a date name inside a date: "last September 26", "the 12th of March". */
export const DATE_FILLERS = new Set(['last', 'next', 'this', 'the', 'of', 'on', 'early', 'late', 'mid', ',', '.']);

/** A day or year number, maybe ordinal: "17", "1987", "12th". */
export const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/i;
