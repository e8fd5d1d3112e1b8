// Capitalised abbreviations that are common nouns, not names: a tagger trained on news sees their
// capitals and guesses an organisation. A mention that is only one of these is dropped, and one at
// the edge of a longer span is trimmed off ("Sony CD" → "Sony").
//
// Each group has its reason; none of these names one particular organisation, place or person.
const GROUPS: Array<[string[], string]> = [
  [['CD', 'CDS', 'DVD', 'DVDS', 'TV', 'PC', 'PCS', 'MP3', 'USB', 'GPS', 'SMS', 'LCD', 'LED', 'HD'],
    'products and media formats: "sold on CD", "a TV address"'],
  [['CEO', 'CFO', 'COO', 'CTO', 'MP', 'MPS', 'PM', 'VP', 'PR', 'HR', 'IT', 'AI', 'R&D'],
    'job titles and departments: "the company\'s CEO said"'],
  [['GDP', 'GNP', 'CPI', 'VAT', 'IPO', 'M&A', 'P/E', 'EPS', 'ROI', 'YOY', 'QOQ'],
    'economic measures: "GDP grew 2 percent"'],
  [['AM', 'A.M.', 'P.M.', 'GMT', 'UTC', 'BST', 'EST', 'EDT', 'CET', 'PST', 'PDT'],
    'times and time zones: "10 AM GMT"'],
  [['ID', 'OK', 'FAQ', 'PDF', 'URL', 'DNA', 'HIV', 'AIDS', 'ATM', 'SUV', 'RSVP', 'ASAP'],
    'everyday abbreviations: "showed his ID"'],
];

export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(GROUPS.flatMap(([words]) => words));
