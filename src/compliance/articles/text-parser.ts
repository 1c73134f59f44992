import { chineseNumeral, parseChineseNumeral } from '../citation.ts';

/** An article as parsed from a published text: its number and the item count of each paragraph. */
export interface ParsedArticle {
  number: number;
  paragraphs: number[];
}

// Lines that are layout, not law: chapter headings. The re-registration note after Weihai 第三十三条
// (it opens with '(根据') ends the text.
const NOISE_LINE = /^第[一二三四五六七八九十]+章/;
const END_NOTE = /^\(根据/;
const ITEM_AT_START = /^\(([一二三四五六七八九十]+)\)/;
const ITEM_ANYWHERE = /\(([一二三四五六七八九十]+)\)/g;

/** Normalizes the markdown and web-page noise of the published texts (bold marks, bullets, full-width parens). */
function normalize(text: string): string[] {
  return text
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\*\*/g, '')
    .replace(/條/g, '条')
    .split('\n')
    .map((l) =>
      l
        .replace(/^#+\s*/, '')
        .replace(/^-\s+/, '')
        .trim(),
    );
}

/**
 * Splits a text into its articles (第N条 in sequence, so a cross-reference that a page break left at
 * the start of a line is not taken for a heading) and counts 款 and 项. A paragraph is a line that
 * is not an item and does not continue the previous line (a page break leaves a line without the
 * closing 。；： of a sentence).
 */
export function parseArticles(text: string): ParsedArticle[] {
  const lines = normalize(text);
  const articles: ParsedArticle[] = [];
  let current: { number: number; lines: string[] } | null = null;
  const flush = (): void => {
    if (current) articles.push({ number: current.number, paragraphs: countParagraphs(current.lines) });
  };
  for (const line of lines) {
    if (END_NOTE.test(line)) break;
    const expected: number = (current?.number ?? 0) + 1;
    const heading = `第${chineseNumeral(expected)}条`;
    if (line.startsWith(heading)) {
      flush();
      current = { number: expected, lines: [line.slice(heading.length).trim()] };
    } else if (current && line !== '' && !NOISE_LINE.test(line)) {
      current.lines.push(line);
    }
  }
  flush();
  return articles;
}

function countParagraphs(lines: readonly string[]): number[] {
  const paragraphs: number[] = [];
  let previous = '';
  for (const line of lines) {
    const isItem = ITEM_AT_START.test(line);
    const continues = previous !== '' && !/[。：；:;]$/.test(previous);
    if (line === '') continue;
    if (isItem) {
      if (paragraphs.length === 0) paragraphs.push(0);
    } else if (!continues || paragraphs.length === 0) {
      paragraphs.push(0);
    }
    paragraphs[paragraphs.length - 1] = (paragraphs.at(-1) ?? 0) + countItems(line, paragraphs.at(-1) ?? 0);
    previous = line;
  }
  return paragraphs.length === 0 ? [0] : paragraphs;
}

// Items are numbered (一)(二)… in sequence; counting only the next expected number skips 区(市) and the like.
function countItems(line: string, already: number): number {
  let n = already;
  for (const m of line.matchAll(ITEM_ANYWHERE)) {
    if (parseChineseNumeral(m[1] ?? '') === n + 1) n += 1;
  }
  return n - already;
}
