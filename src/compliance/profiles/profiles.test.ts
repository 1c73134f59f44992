import { describe, expect, it } from 'vitest';
import { articleExists } from '../articles/index.ts';
import { CHINA_HOLIDAYS_2024_2026 } from '../calendar-cn.ts';
import { makeCalendar } from '../calendar.ts';
import { TEXT_IDS, type TextId } from '../citation.ts';
import { effectiveRules } from '../effective.ts';
import { evaluate } from '../evaluate.ts';
import { TRAINING_KINDS as GOVERNANCE_TRAINING_KINDS } from '../../governance/operations/schemas.ts';
import { checkOpenFaults, checkTraining } from '../checks.ts';
import { checkCameraPlacement } from '../guards.ts';
import { TRAINING_KINDS } from '../subject.ts';
import { day, oneCameraUnit } from '../test-support.ts';
import type { RuleKind } from '../types.ts';
import { allRules, PROFILES } from './index.ts';

const KINDS: readonly RuleKind[] = ['prohibition', 'duty', 'retention', 'access', 'penalty', 'advisory'];
const cal = makeCalendar(CHINA_HOLIDAYS_2024_2026);

describe('profiles as data', () => {
  it('give every rule a unique id and an article that exists in the index (articleExists)', () => {
    const ids = allRules().map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules()) {
      expect(articleExists(r.article), `${r.id}: ${r.article}`).toBe(true);
      if (r.params.penalty)
        expect(articleExists(r.params.penalty.article), `${r.id}: ${r.params.penalty.article}`).toBe(true);
      expect(r.article.startsWith(`${r.article.split(' ')[0] ?? ''} 第`)).toBe(true);
    }
  });

  it('have rules of every kind in every profile', () => {
    for (const id of TEXT_IDS) {
      const kinds = new Set(PROFILES[id].rules.map((r) => r.kind));
      for (const k of KINDS) expect(kinds.has(k), `${id} lacks ${k}`).toBe(true);
    }
  });

  it('point penalty rules at rules of the same profile', () => {
    for (const id of TEXT_IDS) {
      const own = new Set(PROFILES[id].rules.map((r) => r.id));
      for (const r of PROFILES[id].rules.filter((x) => x.kind === 'penalty')) {
        expect(r.params.punishes?.length ?? 0).toBeGreaterThan(0);
        for (const target of r.params.punishes ?? []) expect(own.has(target), `${r.id} → ${target}`).toBe(true);
      }
    }
  });

  it('keep fine ranges ordered (min ≤ max) and in yuan', () => {
    for (const r of allRules()) {
      for (const f of r.params.penalty?.fines ?? []) {
        expect(f.minYuan).toBeLessThanOrEqual(f.maxYuan);
        expect(f.maxYuan).toBeLessThanOrEqual(30000);
      }
    }
  });

  it('carry the validity windows of the texts (威海 to 2024-11-30, 腾冲 2017-09-05 to 2022-09-04, 国家 from 2025-04-01)', () => {
    expect([PROFILES['weihai-2014'].effectiveFrom, PROFILES['weihai-2014'].effectiveTo]).toEqual([
      '2015-01-01',
      '2024-11-30',
    ]);
    expect([PROFILES['tengchong-2017'].effectiveFrom, PROFILES['tengchong-2017'].effectiveTo]).toEqual([
      '2017-09-05',
      '2022-09-04',
    ]);
    expect(PROFILES['national-2025'].effectiveFrom).toBe('2025-04-01');
    expect(PROFILES['anhui-2017'].effectiveFrom).toBe('2017-01-01');
    expect(PROFILES['liaoning-2008'].effectiveFrom).toBe('2008-01-01');
    expect(PROFILES['qingdao-2010-rev2020'].effectiveFrom).toBe('2010-03-01');
  });

  it('transcribe the key figures: retention floors and fines checked against the texts', () => {
    const floor = (id: string): number | undefined => allRules().find((r) => r.id === id)?.params.days;
    expect([
      floor('wh.retention'),
      floor('ah.retention'),
      floor('tc.retention'),
      floor('ln.retention'),
      floor('qd.retention'),
      floor('cn.retention'),
    ]).toEqual([30, 30, 30, 15, 30, 30]);
    const fines = (id: string) => allRules().find((r) => r.id === id)?.params.penalty?.fines;
    // 安徽 第二十五条: three tiers
    expect(fines('ah.penalty.illegal_install')).toContainEqual({
      offender: 'unit',
      minYuan: 5000,
      maxYuan: 30000,
      tier: 'profit_with_gains',
    });
    expect(fines('ah.penalty.illegal_install')).toContainEqual({
      offender: 'unit_or_individual',
      minYuan: 500,
      maxYuan: 1000,
      tier: 'non_profit',
    });
    // 国家 第三十条: unit 5,000–10,000
    expect(fines('cn.penalty.equipment')).toContainEqual({ offender: 'unit', minYuan: 5000, maxYuan: 10000 });
    // 辽宁 第二十四条: fixed amounts
    expect(fines('ln.penalty.tampering')).toEqual([
      { offender: 'unit', minYuan: 1000, maxYuan: 1000 },
      { offender: 'individual', minYuan: 500, maxYuan: 500 },
    ]);
  });

  it('name the training each text asks for (国家 第十六条第二款(一): 入职审查、保密教育、岗位培训; 安徽: 安全知识、保密)', () => {
    const training = allRules().filter((r) => r.check === checkTraining);
    expect(Object.fromEntries(training.map((r) => [r.article, r.params.trainingKinds]))).toEqual({
      '威海 第二十一条(二)': ['job_skills', 'confidentiality'],
      '安徽 第十七条第一款': ['security', 'confidentiality'],
      '腾冲 第二十四条(三)': ['job_skills', 'confidentiality'],
      '辽宁 第十四条(一)': ['job_skills', 'confidentiality'],
      '青岛 第十九条(二)': ['job_skills', 'confidentiality'],
      '国家 第十六条第二款(一)': ['vetting', 'confidentiality', 'job_skills'],
    });
    // The kinds are the ones governance's training list records.
    expect([...TRAINING_KINDS]).toEqual([...GOVERNANCE_TRAINING_KINDS]);
  });

  it('check open faults under each text’s keep-it-running article, with no repair period none of them names', () => {
    const faults = allRules().filter((r) => r.check === checkOpenFaults);
    expect(faults.map((r) => r.article)).toEqual([
      '威海 第二十一条(三)',
      '安徽 第十六条(一)',
      '腾冲 第二十四条(二)',
      '辽宁 第十四条(二)',
      '青岛 第十九条(三)',
      '国家 第十五条第一款',
    ]);
    for (const r of faults) {
      expect([r.params.days, r.params.workingDays, r.params.months], r.id).toEqual([undefined, undefined, undefined]);
    }
    // 国家 第九条第二款 lifts 第十五条 for systems outside 第七条 places.
    expect(faults.find((r) => r.profileId === 'national-2025')?.article7Only).toBe(true);
  });
});

// One in-force date per profile, and the rules that show each kind at work.
const CASES: Record<
  TextId,
  {
    asOf: string;
    chain: string[];
    signage: string;
    retention: string;
    access?: string;
    advisory: string;
    penalty: string;
    signageSubject?: 'government';
  }
> = {
  'weihai-2014': {
    asOf: '2020-06-01',
    chain: ['weihai-2014'],
    signage: 'wh.signage',
    retention: 'wh.retention',
    access: 'wh.access.procedure',
    advisory: 'wh.qualification',
    penalty: '威海 第二十八条',
  },
  'anhui-2017': {
    asOf: '2020-06-01',
    chain: ['anhui-2017'],
    signage: 'ah.signage',
    retention: 'ah.retention',
    access: 'ah.access.procedure',
    advisory: 'ah.design.sync',
    penalty: '安徽 第二十五条',
  },
  'tengchong-2017': {
    asOf: '2020-06-01',
    chain: ['tengchong-2017'],
    signage: 'tc.signage',
    retention: 'tc.retention',
    access: 'tc.access.procedure',
    advisory: 'tc.design.sync',
    penalty: '腾冲 第三十一条(一)',
  },
  'liaoning-2008': {
    asOf: '2020-06-01',
    chain: ['liaoning-2008'],
    signage: 'ln.signage',
    retention: 'ln.retention',
    access: 'ln.access.procedure',
    advisory: 'ln.standards',
    penalty: '辽宁 第二十一条',
    signageSubject: 'government',
  },
  'qingdao-2010-rev2020': {
    asOf: '2021-06-01',
    chain: ['qingdao-2010-rev2020'],
    signage: 'qd.signage',
    retention: 'qd.retention',
    access: 'qd.access.procedure',
    advisory: 'qd.qualification',
    penalty: '青岛 第二十七条',
  },
  'national-2025': {
    asOf: '2026-01-01',
    chain: [],
    signage: 'cn.signage',
    retention: 'cn.retention',
    advisory: 'cn.products',
    penalty: '国家 第二十七条第一款',
  },
};

describe.each(TEXT_IDS)('%s: one check per rule kind', (id) => {
  const c = CASES[id];
  const floor = PROFILES[id].rules.find((r) => r.id === c.retention)?.params.days ?? 0;

  it('prohibition: a camera in a toilet is refused, citing this text; penalty: with its range', () => {
    const r = checkCameraPlacement({
      profileIds: c.chain,
      asOf: day(c.asOf),
      locationCategory: 'toilet',
      placeCategory: 'commercial_center',
      orgIsGovernment: false,
    });
    expect(r?.citations.some((x) => x.article.startsWith(c.penalty.split(' ')[0] ?? ''))).toBe(true);
    expect(r?.penalties.map((p) => p.article)).toContain(c.penalty);
  });

  it('duty: a camera without a sign is flagged', () => {
    const s = oneCameraUnit({
      camera: { signage: false },
      system: { governmentBuilt: c.signageSubject === 'government' },
    });
    expect(evaluate(s, c.chain, day(c.asOf), cal).find((f) => f.ruleId === c.signage)?.state).toBe('violated');
  });

  it(`retention: one day under the floor is a violation, the floor itself complies`, () => {
    const under = evaluate(oneCameraUnit({ camera: { retentionDays: floor - 1 } }), c.chain, day(c.asOf), cal);
    expect(under.find((f) => f.ruleId === c.retention)?.state).toBe('violated');
    const at = evaluate(oneCameraUnit({ camera: { retentionDays: floor } }), c.chain, day(c.asOf), cal);
    expect(at.find((f) => f.ruleId === c.retention)?.state).toBe('ok');
  });

  it('access: an authority’s access with one officer breaks the two-person rule, or the access rules are in force', () => {
    if (c.access === undefined) {
      // 国家 第二十条、第二十一条 set conditions (statutory powers; the operator's consent), not a head count.
      const rules = effectiveRules([], day(c.asOf))
        .filter((r) => r.kind === 'access')
        .map((r) => r.article);
      expect(rules).toEqual(expect.arrayContaining(['国家 第二十条', '国家 第二十一条']));
      expect(effectiveRules([], day('2025-03-31')).filter((r) => r.kind === 'access')).toEqual([]);
      return;
    }
    const s = oneCameraUnit({
      accessRegister: [
        {
          id: 'acc-1',
          systemId: 'sys-1',
          at: day(c.asOf),
          action: 'view',
          accessorNames: ['王五'],
          accessorUnit: '派出所',
          purpose: '查案',
          byAuthority: true,
        },
      ],
    });
    const f = evaluate(s, c.chain, day(c.asOf), cal).find((x) => x.ruleId === c.access && x.subjectRef === 'acc-1');
    expect(f?.state).toBe('violated');
    expect(f?.noteEn).toContain('fewer than 2');
  });

  it('advisory: listed as needs_evidence for the unit', () => {
    expect(evaluate(oneCameraUnit(), c.chain, day(c.asOf), cal).find((f) => f.ruleId === c.advisory)?.state).toBe(
      'needs_evidence',
    );
  });
});
