import { parseCitation, type TextId } from '../citation.ts';
import type { ArticleEntry, TextIndex } from '../types.ts';
import { ANHUI_2017 } from './anhui-2017.ts';
import { LIAONING_2008 } from './liaoning-2008.ts';
import { NATIONAL_2025 } from './national-2025.ts';
import { QINGDAO_2010_REV2020 } from './qingdao-2010-rev2020.ts';
import { TENGCHONG_2017 } from './tengchong-2017.ts';
import { WEIHAI_2014 } from './weihai-2014.ts';

/** The article index of every text psvis carries, by text id. */
export const TEXT_INDEXES: Readonly<Record<TextId, TextIndex>> = {
  'weihai-2014': WEIHAI_2014,
  'anhui-2017': ANHUI_2017,
  'tengchong-2017': TENGCHONG_2017,
  'liaoning-2008': LIAONING_2008,
  'qingdao-2010-rev2020': QINGDAO_2010_REV2020,
  'national-2025': NATIONAL_2025,
};

/** The indexed article a citation names, or undefined when the text has no such article. */
export function findArticle(citation: string): ArticleEntry | undefined {
  const c = parseCitation(citation);
  if (!c) return undefined;
  return TEXT_INDEXES[c.textId].articles.find((a) => a.number === c.article);
}

/**
 * True when the citation names an article, paragraph (款) and item (项) that exist in the index.
 * An item without 款 refers to the one paragraph of the article that lists items.
 */
export function articleExists(citation: string): boolean {
  const c = parseCitation(citation);
  const entry = findArticle(citation);
  if (!c || !entry) return false;
  if (c.paragraph !== undefined && (c.paragraph < 1 || c.paragraph > entry.paragraphs.length)) return false;
  if (c.item === undefined) return true;
  if (c.paragraph !== undefined) return c.item >= 1 && c.item <= (entry.paragraphs[c.paragraph - 1] ?? 0);
  const withItems = entry.paragraphs.filter((n) => n > 0);
  return withItems.length === 1 && c.item >= 1 && c.item <= (withItems[0] ?? 0);
}
