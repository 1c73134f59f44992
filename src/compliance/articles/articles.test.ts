import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEXT_IDS, chineseNumeral, formatCitation, parseCitation } from '../citation.ts';
import { articleExists, findArticle, TEXT_INDEXES } from './index.ts';
import { parseArticles } from './text-parser.ts';

// The published texts live beside the repository (../shared/regulations) in CI and on the
// maintainers' machines; psvis itself never reads them.
const REGULATIONS = fileURLToPath(new URL('../../../../shared/regulations/', import.meta.url));
const HAVE_TEXTS = existsSync(REGULATIONS);

// In the Liaoning text as published, page breaks swallowed some paragraph breaks (第六条's
// closing sentence runs on after item (六)), so only its articles and items are compared.
const ITEMS_ONLY: ReadonlySet<string> = new Set(['liaoning-2008']);

describe.skipIf(!HAVE_TEXTS)(
  `the article index matches the published texts (skipped when ${REGULATIONS} is absent)`,
  () => {
    for (const id of TEXT_IDS) {
      it(`${id}: lists exactly the articles of the text, with their 款 and 项`, () => {
        const parsed = parseArticles(readFileSync(`${REGULATIONS}${id}.md`, 'utf8'));
        const index = TEXT_INDEXES[id].articles;
        expect(index.map((a) => a.number)).toEqual(parsed.map((a) => a.number));
        for (const [i, p] of parsed.entries()) {
          const entry = index[i];
          const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
          expect(sum(entry?.paragraphs ?? []), `第${chineseNumeral(p.number)}条 items`).toBe(sum(p.paragraphs));
          if (ITEMS_ONLY.has(id)) {
            expect(entry?.paragraphs.length ?? 0).toBeGreaterThanOrEqual(p.paragraphs.length);
          } else {
            expect(entry?.paragraphs, `第${chineseNumeral(p.number)}条 paragraphs`).toEqual(p.paragraphs);
          }
        }
      });
    }
  },
);

describe('the article index', () => {
  it('numbers every text 第一条 onwards without gaps and summarises each article', () => {
    for (const id of TEXT_IDS) {
      const numbers = TEXT_INDEXES[id].articles.map((a) => a.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      for (const a of TEXT_INDEXES[id].articles) expect(a.summaryZh.length).toBeGreaterThan(4);
    }
  });

  it('holds the counts of the six texts (威海33, 安徽28, 腾冲35, 辽宁27, 青岛36, 国家34)', () => {
    expect(TEXT_IDS.map((id) => TEXT_INDEXES[id].articles.length)).toEqual([33, 28, 35, 27, 36, 34]);
  });

  it('articleExists resolves article, 款 and 项 (辽宁 第十四条(七); 国家 第七条第三款)', () => {
    expect(articleExists('辽宁 第十四条(七)')).toBe(true);
    expect(articleExists('辽宁 第十四条(八)')).toBe(false);
    expect(articleExists('国家 第七条第三款')).toBe(true);
    expect(articleExists('国家 第七条第四款')).toBe(false);
    expect(articleExists('安徽 第十七条第二款(三)')).toBe(true);
    expect(articleExists('安徽 第十七条(三)')).toBe(true);
    expect(articleExists('国家 第三十五条')).toBe(false);
    expect(articleExists('上海 第一条')).toBe(false);
    expect(articleExists('辽宁 第十四条第一款(七)')).toBe(true);
  });

  it('needs 款 to resolve an item when several paragraphs of the article list items', () => {
    // 国家 第七条 lists items only in its second paragraph; 第八条 only in its first.
    expect(articleExists('国家 第七条第二款(四)')).toBe(true);
    expect(articleExists('国家 第八条(一)')).toBe(true);
    expect(findArticle('国家 第八条(一)')?.summaryZh).toContain('包间');
  });

  it('parses and formats citations symmetrically', () => {
    for (const c of ['辽宁 第十四条(七)', '国家 第七条第三款', '安徽 第二十四条(三)', '腾冲 第三十六条']) {
      const parsed = parseCitation(c);
      expect(parsed).not.toBeNull();
      if (parsed) expect(formatCitation(parsed)).toBe(c);
    }
    expect(parseCitation('辽宁 14条')).toBeNull();
  });
});
