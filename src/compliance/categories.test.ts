import { describe, expect, it } from 'vitest';
import { articleExists, TEXT_INDEXES } from './articles/index.ts';
import { formatCitation, type TextId } from './citation.ts';
import { GOVERNMENT_ZONE_ARTICLES, LOCATION_CATEGORIES, PLACE_CATEGORIES } from './categories.ts';

const CODE = /^[a-z][a-z0-9_]*$/;

describe('place and location categories', () => {
  it('use unique, stable lowercase codes with Chinese and English names', () => {
    const codes = [...PLACE_CATEGORIES, ...LOCATION_CATEGORIES].map((c) => c.code);
    for (const c of codes) expect(c).toMatch(CODE);
    expect(new Set(PLACE_CATEGORIES.map((c) => c.code)).size).toBe(PLACE_CATEGORIES.length);
    expect(new Set(LOCATION_CATEGORIES.map((c) => c.code)).size).toBe(LOCATION_CATEGORIES.length);
    for (const c of [...PLACE_CATEGORIES, ...LOCATION_CATEGORIES]) {
      expect(c.nameZh.length).toBeGreaterThan(1);
      expect(c.nameEn.length).toBeGreaterThan(1);
    }
  });

  it('cite only articles that exist', () => {
    for (const c of PLACE_CATEGORIES)
      for (const m of c.mandatory) expect(articleExists(m.article), `${c.code} ${m.article}`).toBe(true);
    for (const c of LOCATION_CATEGORIES)
      for (const p of c.prohibitedBy) expect(articleExists(p.article), `${c.code} ${p.article}`).toBe(true);
    for (const z of Object.values(GOVERNMENT_ZONE_ARTICLES)) expect(articleExists(z.article)).toBe(true);
  });

  it('cover every item of every mandatory-install list (威海 第七条, 安徽 第七条, 腾冲 第八条, 辽宁 第六条, 青岛 第七条, 国家 第七条第二款)', () => {
    const lists: [TextId, number, number?][] = [
      ['weihai-2014', 7],
      ['anhui-2017', 7],
      ['tengchong-2017', 8],
      ['liaoning-2008', 6],
      ['qingdao-2010-rev2020', 7],
      ['national-2025', 7, 2],
    ];
    const cited = new Set(PLACE_CATEGORIES.flatMap((c) => c.mandatory.map((m) => m.article)));
    for (const [textId, article, paragraph] of lists) {
      const entry = TEXT_INDEXES[textId].articles[article - 1];
      const items = entry?.paragraphs[(paragraph ?? 1) - 1] ?? 0;
      expect(items).toBeGreaterThan(0);
      for (let item = 1; item <= items; item++) {
        const c = paragraph === undefined ? { textId, article, item } : { textId, article, paragraph, item };
        expect(cited.has(formatCitation(c)), formatCitation(c)).toBe(true);
      }
    }
    expect(cited.has('国家 第七条第一款')).toBe(true);
  });

  it('cover every item of every prohibited-location list (安徽 第八条, 腾冲 第十四条, 国家 第八条)', () => {
    const cited = new Set(LOCATION_CATEGORIES.flatMap((c) => c.prohibitedBy.map((p) => p.article)));
    for (const [short, article, n] of [
      ['安徽', '八', 5],
      ['腾冲', '十四', 5],
      ['国家', '八', 4],
    ] as const) {
      for (const item of ['一', '二', '三', '四', '五'].slice(0, n))
        expect(cited.has(`${short} 第${article}条(${item})`)).toBe(true);
    }
    for (const a of ['威海 第九条', '辽宁 第九条', '青岛 第九条第一款']) expect(cited.has(a)).toBe(true);
  });

  it('list the prohibited locations the issue names', () => {
    const banned = new Set(LOCATION_CATEGORIES.filter((l) => l.prohibitedBy.length > 0).map((l) => l.code));
    for (const code of [
      'hotel_guest_room',
      'restaurant_private_room',
      'entertainment_private_room',
      'student_dormitory',
      'staff_rest_room',
      'collective_dormitory',
      'public_bathroom',
      'toilet',
      'changing_room',
      'fitting_room',
      'nursing_room',
      'financial_operating_position',
      'ballot_box_vicinity',
      'report_box_vicinity',
      'other_privacy_area',
    ]) {
      expect(banned.has(code), code).toBe(true);
    }
    for (const code of ['entrance', 'corridor', 'lobby', 'parking_area', 'road', 'cash_counter'])
      expect(banned.has(code)).toBe(false);
  });
});
