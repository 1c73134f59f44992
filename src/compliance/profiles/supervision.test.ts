import { describe, expect, it } from 'vitest';
import { articleExists } from '../articles/index.ts';
import { TEXT_IDS } from '../citation.ts';
import { allRules } from './index.ts';
import {
  CHECKLIST_PLACEMENT,
  HEALTH_RULES,
  INSPECTION_HEADINGS,
  RETENTION_RULES,
  SUPERVISION_BASES,
} from './supervision.ts';

describe('supervision data', () => {
  it('cites articles that exist, for every text a police basis (国家 第二十四条第一款, 辽宁 第十六条…)', () => {
    for (const b of SUPERVISION_BASES) expect(articleExists(b.article), b.article).toBe(true);
    for (const id of TEXT_IDS) {
      expect(
        SUPERVISION_BASES.some((b) => b.profileId === id && b.inspector === 'police'),
        id,
      ).toBe(true);
    }
    expect(SUPERVISION_BASES.filter((b) => b.inspector === 'regulator').map((b) => b.article)).toEqual([
      '威海 第二十七条第二款',
      '腾冲 第十条',
      '青岛 第二十五条第二款',
    ]);
  });

  it('takes its five headings from 腾冲 第二十八条(一)–(五)', () => {
    expect(INSPECTION_HEADINGS.map((h) => h.article)).toEqual([
      '腾冲 第二十八条(一)',
      '腾冲 第二十八条(二)',
      '腾冲 第二十八条(三)',
      '腾冲 第二十八条(四)',
      '腾冲 第二十八条(五)',
    ]);
    for (const h of INSPECTION_HEADINGS) expect(articleExists(h.article)).toBe(true);
  });

  it('places every rule that is not a penalty (add a new rule to CHECKLIST_PLACEMENT in supervision.ts), and names no rule that does not exist', () => {
    const rules = allRules();
    const unplaced = rules
      .filter((r) => r.kind !== 'penalty' && CHECKLIST_PLACEMENT[r.id] === undefined)
      .map((r) => r.id);
    expect(unplaced).toEqual([]);
    const ids = new Set(rules.map((r) => r.id));
    expect(Object.keys(CHECKLIST_PLACEMENT).filter((id) => !ids.has(id))).toEqual([]);
    expect([...HEALTH_RULES, ...RETENTION_RULES].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('puts every filing duty under 依法备案 and the authorities’ own access procedures on no checklist', () => {
    for (const r of allRules().filter((x) => x.id.includes('.filing.')))
      expect(CHECKLIST_PLACEMENT[r.id]).toBe('filing');
    expect(CHECKLIST_PLACEMENT['ln.access.procedure']).toBe('authority');
    expect(CHECKLIST_PLACEMENT['cn.access.state']).toBe('authority');
  });
});
