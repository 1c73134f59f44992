import { describe, expect, it } from 'vitest';
import { PsvisError } from '../errors/psvis-error.ts';
import {
  effectiveRules,
  governmentOnlyZone,
  prohibitedLocation,
  profilesInForce,
  retentionFloorDays,
} from './effective.ts';
import { day } from './test-support.ts';

const ids = (chain: string[], asOf: string): string[] => effectiveRules(chain, day(asOf)).map((r) => r.id);

describe('how the profiles combine (RULES.md)', () => {
  it('adds the national 条例 from 2025-04-01, whether or not the chain names it', () => {
    expect(profilesInForce(['liaoning-2008'], day('2025-03-31')).map((p) => p.id)).toEqual(['liaoning-2008']);
    expect(profilesInForce(['liaoning-2008'], day('2025-04-01')).map((p) => p.id)).toEqual([
      'liaoning-2008',
      'national-2025',
    ]);
    expect(profilesInForce(['national-2025', 'liaoning-2008'], day('2026-01-01')).map((p) => p.id)).toEqual([
      'liaoning-2008',
      'national-2025',
    ]);
  });

  it('drops lapsed profiles: 威海 after 2024-11-30, 腾冲 after 2022-09-04', () => {
    expect(ids(['weihai-2014'], '2024-11-30')).toContain('wh.retention');
    expect(ids(['weihai-2014'], '2024-12-01')).toEqual([]);
    expect(ids(['tengchong-2017'], '2022-09-04')).toContain('tc.retention');
    expect(ids(['tengchong-2017'], '2022-09-05')).toEqual([]);
    expect(ids(['tengchong-2017'], '2017-09-04')).toEqual([]);
    expect(ids(['weihai-2014'], '2026-01-01').every((id) => id.startsWith('cn.'))).toBe(true);
  });

  it('keeps the strictest floor: 辽宁 15 days gives way to 国家 30, its 1-year rule for important footage stays', () => {
    expect(ids(['liaoning-2008'], '2024-06-01')).toEqual(
      expect.arrayContaining(['ln.retention', 'ln.retention.important']),
    );
    const after = ids(['liaoning-2008'], '2026-01-01');
    expect(after).toEqual(expect.arrayContaining(['cn.retention', 'ln.retention.important', 'ln.filing.change']));
    expect(after).not.toContain('ln.retention');
  });

  it('keeps local and national rules of equal floors side by side (青岛 第十九条(七) and 国家 第十七条 both 30)', () => {
    expect(retentionFloorDays(['qingdao-2010-rev2020'], day('2026-01-01'), { important: false })).toEqual({
      days: 30,
      articles: ['青岛 第十九条(七)', '国家 第十七条'],
    });
  });

  it('gives the retention floor with its article', () => {
    expect(retentionFloorDays(['liaoning-2008'], day('2024-06-01'), { important: false })).toEqual({
      days: 15,
      articles: ['辽宁 第十四条(七)'],
    });
    expect(retentionFloorDays(['liaoning-2008'], day('2026-01-01'), { important: false })).toEqual({
      days: 30,
      articles: ['国家 第十七条'],
    });
    expect(retentionFloorDays(['liaoning-2008'], day('2026-01-01'), { important: true })).toEqual({
      days: 365,
      articles: ['辽宁 第十四条(七)'],
    });
    expect(retentionFloorDays(['tengchong-2017'], day('2024-01-01'), { important: false })).toEqual({
      days: 0,
      articles: [],
    });
  });

  it('refuses an unknown profile id', () => {
    expect(() => effectiveRules(['shanghai-2030'], day('2026-01-01'))).toThrow(PsvisError);
  });
});

describe('prohibitedLocation and governmentOnlyZone', () => {
  it('returns null for allowed locations and the articles with penalty ranges otherwise', () => {
    expect(prohibitedLocation(['anhui-2017'], day('2020-01-01'), 'lobby')).toBeNull();
    expect(prohibitedLocation(['anhui-2017'], day('2020-01-01'), 'no_such_code')).toBeNull();
    const bar = prohibitedLocation(['anhui-2017'], day('2026-01-01'), 'nursing_room');
    expect(bar?.articles).toEqual(['安徽 第八条(二)', '国家 第八条(三)']);
    expect(bar?.penalties.map((p) => p.article)).toEqual(['安徽 第二十五条', '国家 第二十七条第一款']);
  });

  it('names the government-only zone articles of the texts in force (辽宁 第七条; 国家 第七条第三款)', () => {
    expect(governmentOnlyZone(['liaoning-2008'], day('2020-01-01'), 'square')?.articles).toEqual(['辽宁 第七条']);
    expect(governmentOnlyZone(['liaoning-2008'], day('2020-01-01'), 'hotel')).toBeNull();
    expect(governmentOnlyZone([], day('2026-01-01'), 'bridge_tunnel')?.articles).toEqual(['国家 第七条第三款']);
    expect(governmentOnlyZone(['anhui-2017'], day('2020-01-01'), 'transit_station')?.articles).toEqual([
      '安徽 第九条第三款',
    ]);
  });
});
