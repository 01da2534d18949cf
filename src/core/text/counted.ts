/**
 * A number with its counted noun, in Arabic grammar as well as English:
 * «سؤال واحد», «سؤالان», «3 أسئلة» (3–10: plural), «60 سؤالًا» (11–99:
 * singular accusative), «100 سؤال» (hundreds: singular). The last two digits
 * decide, as in «105 أسئلة» and «160 سؤالًا».
 */
export interface ArabicNoun {
  /** «سؤال واحد» */
  one: string;
  /** «سؤالان» */
  two: string;
  /** 3–10: «أسئلة» */
  few: string;
  /** 11–99: «سؤالًا» */
  many: string;
  /** 0, hundreds, thousands: «سؤال» */
  other: string;
}

export const ARABIC_NOUNS = {
  question: { one: 'سؤال واحد', two: 'سؤالان', few: 'أسئلة', many: 'سؤالًا', other: 'سؤال' },
  character: { one: 'حرف واحد', two: 'حرفان', few: 'أحرف', many: 'حرفًا', other: 'حرف' },
  paragraph: { one: 'فقرة واحدة', two: 'فقرتان', few: 'فقرات', many: 'فقرةً', other: 'فقرة' },
  article: { one: 'مقالة واحدة', two: 'مقالتان', few: 'مقالات', many: 'مقالةً', other: 'مقالة' },
  second: { one: 'ثانية واحدة', two: 'ثانيتان', few: 'ثوانٍ', many: 'ثانيةً', other: 'ثانية' },
  point: { one: 'نقطة واحدة', two: 'نقطتان', few: 'نقاط', many: 'نقطةً', other: 'نقطة' },
  word: { one: 'كلمة واحدة', two: 'كلمتان', few: 'كلمات', many: 'كلمةً', other: 'كلمة' },
} as const satisfies Record<string, ArabicNoun>;

export function arabicCount(count: number, noun: ArabicNoun): string {
  if (count === 1) return noun.one;
  if (count === 2) return noun.two;
  const lastTwo = count % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return `${count} ${noun.few}`;
  if (lastTwo >= 11) return `${count} ${noun.many}`;
  return `${count} ${noun.other}`;
}

/** "1 question", "5 questions". */
export function englishCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
