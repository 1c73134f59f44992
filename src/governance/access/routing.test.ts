import { describe, expect, it } from 'vitest';
import { articleExists } from '../../compliance/articles/index.ts';
import { TEXT_SHORT_NAMES } from '../../compliance/citation.ts';
import { PROFILES } from '../../compliance/profiles/index.ts';
import { day } from '../../compliance/test-support.ts';
import { chooseRoute, personsRule, registerFields, scopeArticles } from './routing.ts';

describe('approval routes as profile data', () => {
  it('cite an existing article of their own text, and name requesters and accesses', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const rule of profile.rules) {
        for (const route of rule.params.approvalRoutes ?? []) {
          expect(articleExists(route.article), `${rule.id}: ${route.article}`).toBe(true);
          expect(route.article.startsWith(`${TEXT_SHORT_NAMES[profile.id]} `), route.article).toBe(true);
          expect(rule.kind).toBe('access');
          expect(route.requesters.length * route.accessKinds.length).toBeGreaterThan(0);
          expect(route.approvalZh.length).toBeGreaterThan(3);
        }
      }
    }
  });
});

describe('chooseRoute: the most local text that speaks to the case decides', () => {
  const anhui = ['anhui-2017'];

  it('安徽 第二十一条: police ask their own head (county level or above); other departments a city or county police head', () => {
    expect(chooseRoute(anhui, day('2026-05-02'), 'police', 'copy')).toMatchObject({
      article: '安徽 第二十一条第一款',
      approval: { by: 'own_head', levels: ['province', 'city', 'district'] },
      approveAfter: false,
      profileId: 'anhui-2017',
    });
    expect(chooseRoute(anhui, day('2026-05-02'), 'other_department', 'view')).toMatchObject({
      article: '安徽 第二十一条第二款',
      approval: { by: 'police_head', levels: ['city', 'district'] },
    });
    expect(chooseRoute(anhui, day('2026-05-02'), 'state_security', 'connect')?.article).toBe('安徽 第二十条');
  });

  it('安徽 has no emergency clause: the national 条例 answers from 2025-04-01 (start now, approve after), nothing before', () => {
    expect(chooseRoute(anhui, day('2026-05-02'), 'emergency', 'retrieve')).toMatchObject({
      article: '国家 第二十条',
      approval: { by: 'own_head' },
      approveAfter: true,
      profileId: 'national-2025',
    });
    expect(chooseRoute(anhui, day('2024-05-02'), 'emergency', 'retrieve')).toBeNull();
  });

  it('威海 第二十五条 (2020): viewing needs no approval, copying a county-level police approval', () => {
    const weihai = ['weihai-2014'];
    expect(chooseRoute(weihai, day('2020-06-01'), 'police', 'view')?.approval).toEqual({ by: 'none' });
    expect(chooseRoute(weihai, day('2020-06-01'), 'other_department', 'copy')?.approval).toEqual({
      by: 'police_head',
      levels: ['province', 'city', 'district'],
    });
    // State security is not named in 威海 第二十五条, and the national 条例 was not yet in force.
    expect(chooseRoute(weihai, day('2020-06-01'), 'state_security', 'view')).toBeNull();
  });

  it('青岛 第二十三条: police by a city or district head, departments by the district police, emergencies without approval', () => {
    const qd = ['qingdao-2010-rev2020'];
    expect(chooseRoute(qd, day('2026-05-02'), 'police', 'retrieve')?.approval).toEqual({
      by: 'police_head',
      levels: ['city', 'district'],
    });
    expect(chooseRoute(qd, day('2026-05-02'), 'other_department', 'view')?.article).toBe('青岛 第二十三条第二款');
    expect(chooseRoute(qd, day('2026-05-02'), 'emergency', 'copy')).toMatchObject({
      article: '青岛 第二十三条第三款',
      approval: { by: 'none' },
    });
    // No direct connection in 青岛 nor in the national 条例.
    expect(chooseRoute(qd, day('2026-05-02'), 'police', 'connect')).toBeNull();
  });

  it('辽宁 第十七条: police use or connect with their own head’s approval; emergencies need a county police approval first', () => {
    const ln = ['liaoning-2008'];
    expect(chooseRoute(ln, day('2026-05-02'), 'police', 'connect')).toMatchObject({
      article: '辽宁 第十七条',
      approval: { by: 'own_head' },
    });
    expect(chooseRoute(ln, day('2026-05-02'), 'emergency', 'view')).toMatchObject({
      article: '辽宁 第十七条',
      approval: { by: 'police_head', levels: ['province', 'city', 'district'] },
      approveAfter: false,
    });
  });

  it('citizens: 国家 第二十一条 lets relatives and carers ask with the unit’s consent; 腾冲 第十八条第三款 the person alone', () => {
    expect(chooseRoute([], day('2026-05-02'), 'citizen', 'view')).toMatchObject({
      article: '国家 第二十一条',
      approval: { by: 'unit_consent' },
      relations: ['self', 'close_relative', 'guardian', 'carer', 'custodian'],
    });
    expect(chooseRoute(['tengchong-2017'], day('2020-06-01'), 'citizen', 'view')?.relations).toEqual(['self']);
    expect(chooseRoute([], day('2026-05-02'), 'citizen', 'copy')).toBeNull();
  });
});

describe('persons and register fields in force', () => {
  it('two officers everywhere; 辽宁 第十八条(三) wants 执法证件', () => {
    expect(personsRule(['anhui-2017'], day('2026-05-02'))).toMatchObject({
      minPersons: 2,
      articles: ['安徽 第二十二条'],
      credentials: null,
    });
    expect(personsRule(['liaoning-2008'], day('2026-05-02'))).toMatchObject({
      minPersons: 2,
      credentials: ['law_enforcement_id'],
      credentialArticles: ['辽宁 第十八条'],
    });
    expect(personsRule([], day('2026-05-02')).minPersons).toBe(2);
  });

  it('安徽 with the national floor names 人员、时间、用途、去向 and 事由、内容、单位; 辽宁 adds 录制人员', () => {
    const ah = registerFields(['anhui-2017'], day('2026-05-02'));
    expect(ah.map((f) => f.field).sort()).toEqual(
      ['accessorNames', 'accessorUnit', 'at', 'content', 'destination', 'purpose'].sort(),
    );
    expect(ah.find((f) => f.field === 'accessorNames')?.articles).toEqual([
      '安徽 第十七条第二款(二)',
      '国家 第十六条第二款(三)',
    ]);
    expect(registerFields(['liaoning-2008'], day('2026-05-02')).map((f) => f.field)).toContain('recordedBy');
  });

  it('a refusal outside a grant cites the route and, where in force, 国家 第二十条', () => {
    expect(scopeArticles(['anhui-2017'], day('2026-05-02'), '安徽 第二十一条第一款')).toEqual([
      '安徽 第二十一条第一款',
      '国家 第二十条',
    ]);
    expect(scopeArticles(['weihai-2014'], day('2020-06-01'), '威海 第二十五条')).toEqual(['威海 第二十五条']);
  });
});
