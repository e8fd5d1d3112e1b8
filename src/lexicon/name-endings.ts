// Surname endings that mark grammatical gender in Slavic and Baltic names, used only when neither an
// honorific nor a first name tells a person's gender. Each entry: ending, gender, reason.
//
//   "Tikhanovskaya" -> female ("-skaya"),  "Tikhanovsky" -> male ("-sky")

export interface NameEnding {
  ending: string;
  gender: 'male' | 'female';
  reason: string;
}

export const NAME_ENDINGS: NameEnding[] = [
  { ending: 'skaya', gender: 'female', reason: 'Russian/Belarusian feminine of -sky: "Tikhanovskaya"' },
  { ending: 'ckaya', gender: 'female', reason: 'transliteration variant: "Kalinovckaya"' },
  { ending: 'tskaya', gender: 'female', reason: '"Tsvetskaya"-type surnames' },
  { ending: 'ova', gender: 'female', reason: 'Russian feminine of -ov: "Sharapova"' },
  { ending: 'eva', gender: 'female', reason: 'Russian feminine of -ev: "Zakharova" aside, "Alekseeva"' },
  { ending: 'ina', gender: 'female', reason: 'Russian feminine of -in: "Karelina"' },
  { ending: 'ska', gender: 'female', reason: 'Polish/Czech feminine: "Kowalska"' },
  { ending: 'ová', gender: 'female', reason: 'Czech/Slovak feminine: "Čaputová"' },
  { ending: 'iene', gender: 'female', reason: 'Lithuanian married feminine: "Grybauskaite" aside, "Šimonytė" style' },
  { ending: 'yte', gender: 'female', reason: 'Lithuanian maiden feminine: "Simonyte"' },
  { ending: 'aite', gender: 'female', reason: 'Lithuanian maiden feminine: "Grybauskaite"' },
  { ending: 'sky', gender: 'male', reason: 'Russian masculine: "Tikhanovsky"' },
  { ending: 'skiy', gender: 'male', reason: 'transliteration of -ский' },
  { ending: 'ski', gender: 'male', reason: 'Polish masculine: "Kowalski"' },
  { ending: 'ov', gender: 'male', reason: 'Russian masculine: "Lavrov"' },
  { ending: 'ev', gender: 'male', reason: 'Russian masculine: "Medvedev"' },
  { ending: 'vich', gender: 'male', reason: 'Belarusian/Serbian masculine: "Karpovich", "Djokovic" aside' },
  { ending: 'enko', gender: 'male', reason: 'Ukrainian/Belarusian surnames, mostly of men in news: "Lukashenko"' },
];

/** The gender a surname's ending suggests, or undefined. */
export function genderFromSurname(surname: string): 'male' | 'female' | undefined {
  const s = surname.toLowerCase();
  let best: NameEnding | undefined;
  for (const e of NAME_ENDINGS) if (s.endsWith(e.ending) && s.length > e.ending.length + 2 && (!best || e.ending.length > best.ending.length)) best = e;
  return best?.gender;
}

/**
 * Vietnamese names put the family name first and often a gendered middle name after it: "Thị" marks a
 * woman, "Văn" a man ("Nguyen Thi Hoa", "Tran Van Minh"). Read only after one of the common family
 * names, so that "Dick Van Dyke" and "Jessica Van Camp" are left to their first names.
 */
export const VIETNAMESE_FAMILY_NAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang',
  'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'dinh', 'truong', 'lam', 'mai', 'trinh', 'cao', 'luong', 'ha', 'doan', 'vuong']);
export const VIETNAMESE_MIDDLE_NAMES: Record<string, 'male' | 'female'> = { thi: 'female', van: 'male' };

/** The gender a Vietnamese middle name marks ("Nguyen Thi Hoa" → female), or undefined. */
export function genderFromVietnameseName(words: string[]): 'male' | 'female' | undefined {
  if (words.length < 3) return undefined;
  const plain = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
  return VIETNAMESE_FAMILY_NAMES.has(plain(words[0])) ? VIETNAMESE_MIDDLE_NAMES[plain(words[1])] : undefined;
}
