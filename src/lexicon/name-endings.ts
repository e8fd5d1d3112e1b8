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
