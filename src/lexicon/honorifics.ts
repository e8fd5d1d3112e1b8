// Titles and honorifics that stand before a person's name but are not part of it (CoNLL spans exclude
// them: "President Vladimir Putin" -> PER "Vladimir Putin"). Each entry: the lower-case word without
// its final period, what it says about gender (if anything), and why it is here.

export interface Honorific {
  word: string;
  gender?: 'male' | 'female';
  reason: string;
}

export const HONORIFICS: Honorific[] = [
  { word: 'mr', gender: 'male', reason: '"Mr Lukashenko": a man' },
  { word: 'mister', gender: 'male', reason: 'spelled-out Mr' },
  { word: 'mrs', gender: 'female', reason: '"Mrs Merkel": a married woman' },
  { word: 'ms', gender: 'female', reason: '"Ms Tikhanovskaya": a woman' },
  { word: 'miss', gender: 'female', reason: '"Miss Kolesnikova": a woman' },
  { word: 'madam', gender: 'female', reason: '"Madam Speaker": a woman' },
  { word: 'sir', gender: 'male', reason: 'British knighthood: "Sir Elton John"' },
  { word: 'dame', gender: 'female', reason: 'British damehood: "Dame Judi Dench"' },
  { word: 'lord', gender: 'male', reason: 'peer: "Lord Sugar"' },
  { word: 'lady', gender: 'female', reason: 'peeress: "Lady Gaga" aside, "Lady Thatcher"' },
  { word: 'king', gender: 'male', reason: '"King Charles"' },
  { word: 'queen', gender: 'female', reason: '"Queen Elizabeth"' },
  { word: 'prince', gender: 'male', reason: '"Prince Harry"' },
  { word: 'princess', gender: 'female', reason: '"Princess Diana"' },
  { word: 'dr', reason: 'doctor: "Dr Fauci"' },
  { word: 'prof', reason: 'professor, abbreviated' },
  { word: 'professor', reason: '"Professor Hawking"' },
  { word: 'president', reason: '"President Vladimir Putin"' },
  { word: 'vice-president', reason: '"Vice-President Pence"' },
  { word: 'chancellor', reason: '"Chancellor Angela Merkel"' },
  { word: 'premier', reason: '"Premier Li Keqiang"' },
  { word: 'minister', reason: '"Prime Minister Boris Johnson": last word of the title' },
  { word: 'secretary', reason: '"Secretary Blinken"' },
  { word: 'senator', reason: '"Senator Sanders"' },
  { word: 'sen', reason: '"Sen. Bernie Sanders"' },
  { word: 'rep', reason: '"Rep. Nancy Pelosi"' },
  { word: 'gov', reason: '"Gov. Cuomo"' },
  { word: 'governor', reason: '"Governor Cuomo"' },
  { word: 'mayor', reason: '"Mayor Sadiq Khan"' },
  { word: 'judge', reason: '"Judge Judy"' },
  { word: 'justice', reason: '"Justice Ginsburg"' },
  { word: 'ambassador', reason: '"Ambassador Smith"' },
  { word: 'gen', reason: 'general, abbreviated: "Gen. Milley"' },
  { word: 'general', reason: '"General de Gaulle"' },
  { word: 'col', reason: 'colonel, abbreviated' },
  { word: 'colonel', reason: '"Colonel Gaddafi"' },
  { word: 'capt', reason: 'captain, abbreviated' },
  { word: 'captain', reason: '"Captain Tom Moore"' },
  { word: 'lt', reason: 'lieutenant, abbreviated' },
  { word: 'sgt', reason: 'sergeant, abbreviated' },
  { word: 'cpl', reason: 'corporal, abbreviated' },
  { word: 'det', reason: 'detective, abbreviated: "Det. Sgt. Lee Chan"' },
  { word: 'insp', reason: 'inspector, abbreviated: "Insp. Raj Patel"' },
  { word: 'const', reason: 'constable, abbreviated: "Const. Ana Silva"' },
  { word: 'cst', reason: 'constable, abbreviated in RCMP copy: "Cst. Ana Silva"' },
  { word: 'supt', reason: 'superintendent, abbreviated: "Supt. Mark Dale"' },
  { word: 'coun', reason: 'councillor, abbreviated in Canadian copy: "Coun. Dimitri Papadakis"' },
  { word: 'cllr', reason: 'councillor, abbreviated in British copy: "Cllr Jane Hill"' },
  { word: 'cr', reason: 'councillor, abbreviated in Australian copy: "Cr Doug Curran"' },
  { word: 'pc', reason: 'police constable in British copy: "PC David Morgan"' },
  { word: 'dci', reason: 'detective chief inspector in British copy: "DCI Amara Okafor"' },
  { word: 'ald', reason: 'alderman, abbreviated: "Ald. Ana Silva"' },
  { word: 'adm', reason: 'admiral, abbreviated' },
  { word: 'admiral', reason: '"Admiral Nelson"' },
  { word: 'rev', reason: 'reverend, abbreviated: "Rev. Jesse Jackson"' },
  { word: 'reverend', reason: '"Reverend King"' },
  { word: 'pope', reason: '"Pope Francis"' },
  { word: 'cardinal', reason: '"Cardinal Pell"' },
  { word: 'bishop', reason: '"Bishop Tutu"' },
  { word: 'rabbi', reason: '"Rabbi Sacks"' },
  { word: 'sheikh', gender: 'male', reason: '"Sheikh Mohammed"' },
  { word: 'ayatollah', gender: 'male', reason: '"Ayatollah Khamenei"' },
  { word: 'father', gender: 'male', reason: 'priest: "Father Brown"' },
  { word: 'sister', gender: 'female', reason: 'nun: "Sister Helen"' },
  { word: 'coach', reason: '"Coach Klopp"' },
];

const BY_WORD = new Map(HONORIFICS.map((h) => [h.word, h]));

/** The honorific for a token ("Mr." -> mr), or undefined. */
export function honorific(token: string): Honorific | undefined {
  // asked of every word of a capitalised run: no regular expression, one string at most
  const w = token.toLowerCase();
  return BY_WORD.get(w.endsWith('.') ? w.slice(0, -1) : w);
}

/** Is the word a title before a name: an honorific or a word that prefixes one ("Mr.", "President", "Foreign")? */
export function isTitleWord(word: string): boolean {
  return honorific(word) !== undefined || TITLE_MODIFIERS[word.toLowerCase()] !== undefined;
}

/** Words that only prefix a title and are dropped with it: "Prime Minister", "Vice President". */
export const TITLE_MODIFIERS: Record<string, string> = {
  prime: 'Prime Minister',
  vice: 'Vice President',
  former: '"former President Obama"',
  acting: '"acting President"',
  foreign: '"Foreign Minister Lavrov"',
  interior: '"Interior Minister"',
  defence: '"Defence Secretary"',
  defense: '"Defense Secretary"',
  deputy: '"Deputy Prime Minister"',
  ch: '"Ch Supt Laura Whitfield", "Ch Insp Lowe": chief, abbreviated in British police copy',
  opposition: '"opposition leader"',
  leader: '"opposition leader Navalny"',
};
