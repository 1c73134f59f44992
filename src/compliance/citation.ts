const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The short name each text is cited by, e.g. '辽宁 第十四条(七)'. */
export const TEXT_SHORT_NAMES = {
  'weihai-2014': '威海',
  'anhui-2017': '安徽',
  'tengchong-2017': '腾冲',
  'liaoning-2008': '辽宁',
  'qingdao-2010-rev2020': '青岛',
  'national-2025': '国家',
} as const;

/** The id of one of the six texts (also the id of its profile). */
export type TextId = keyof typeof TEXT_SHORT_NAMES;

/** All text ids, national last (it is the root of every jurisdiction chain). */
export const TEXT_IDS: readonly TextId[] = [
  'weihai-2014',
  'anhui-2017',
  'tengchong-2017',
  'liaoning-2008',
  'qingdao-2010-rev2020',
  'national-2025',
];

/** Writes 1–99 as the texts number articles: 十, 十四, 二十, 三十六. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no article numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens] ?? ''}十`;
  return head + (ones === 0 ? '' : (DIGITS[ones] ?? ''));
}

/** Reads 一…九十九 back to a number; NaN for anything else. */
export function parseChineseNumeral(s: string): number {
  for (let n = 1; n <= 99; n++) if (chineseNumeral(n) === s) return n;
  return Number.NaN;
}

/** A citation taken apart: text, article, paragraph (款, 1-based, absent = unspecified), item (项). */
export interface ParsedCitation {
  textId: TextId;
  article: number;
  paragraph?: number;
  item?: number;
}

const CITATION =
  /^(威海|安徽|腾冲|辽宁|青岛|国家) 第([一二三四五六七八九十]+)条(?:第([一二三四五六七八九十]+)款)?(?:\(([一二三四五六七八九十]+)\))?$/;

/** Parses '辽宁 第十四条(七)', '国家 第七条第三款', '安徽 第十七条第二款(三)'; null when malformed. */
export function parseCitation(citation: string): ParsedCitation | null {
  const m = CITATION.exec(citation);
  if (!m) return null;
  const textId = TEXT_IDS.find((id) => TEXT_SHORT_NAMES[id] === m[1]);
  const article = parseChineseNumeral(m[2] ?? '');
  if (textId === undefined || Number.isNaN(article)) return null;
  const parsed: ParsedCitation = { textId, article };
  if (m[3] !== undefined) parsed.paragraph = parseChineseNumeral(m[3]);
  if (m[4] !== undefined) parsed.item = parseChineseNumeral(m[4]);
  return parsed;
}

/** Builds a citation string from its parts, the inverse of parseCitation. */
export function formatCitation(c: ParsedCitation): string {
  const para = c.paragraph === undefined ? '' : `第${chineseNumeral(c.paragraph)}款`;
  const item = c.item === undefined ? '' : `(${chineseNumeral(c.item)})`;
  return `${TEXT_SHORT_NAMES[c.textId]} 第${chineseNumeral(c.article)}条${para}${item}`;
}
