import { describe, expect, it } from 'vitest';
import { effectiveRulesFor } from '../../compliance/effective.ts';
import type { Finding } from '../../compliance/types.ts';
import { buildChecklist, MAX_FACTS, prefillSummaryZh } from './checklist.ts';

const asOf = new Date('2026-03-02T04:00:00Z');
const rules = effectiveRulesFor(['liaoning-2008'], asOf, true);
const finding = (ruleId: string, subjectRef: string, state: Finding['state'], noteZh?: string): Finding => ({
  ruleId,
  article: rules.find((r) => r.id === ruleId)?.article ?? '',
  titleZh: '',
  titleEn: '',
  state,
  subjectRef,
  ...(noteZh === undefined ? {} : { noteZh }),
});
const noFacts = { healthZh: null, retentionZh: [] };

describe('buildChecklist', () => {
  it('lists the duties in force under the five headings, article by article, without penalties or the police’s own procedures', () => {
    const items = buildChecklist(rules, [], new Map(), noFacts);
    const order = ['construction', 'upgrade', 'operation', 'filing', 'other'];
    expect(items.map((i) => order.indexOf(i.heading))).toEqual(
      items.map((i) => order.indexOf(i.heading)).sort((a, b) => a - b),
    );
    const ids = items.map((i) => i.ruleId);
    expect(ids.filter((id) => id.includes('penalty'))).toEqual([]);
    expect(ids).not.toContain('ln.access.procedure');
    // Under one heading, local articles come before the national ones, in article order.
    const filing = items.filter((i) => i.heading === 'filing').map((i) => i.article);
    expect(filing[0]).toBe('辽宁 第十二条');
    expect(filing.at(-1)).toBe('国家 第十四条第一款');
    // A rule with no check and no finding is for the inspectors to see on site.
    expect(items.find((i) => i.ruleId === 'ln.use.unchanged')?.prefillState).toBe('not_known');
    expect(items.find((i) => i.ruleId === 'cn.signage')?.prefillState).toBe('not_applicable');
  });

  it('pre-fills a line with its worst finding first, names the subjects, and keeps at most MAX_FACTS facts', () => {
    const findings = [
      finding('cn.signage', 'cam-a', 'ok'),
      finding('cn.signage', 'cam-b', 'violated'),
      ...Array.from({ length: 40 }, (_, n) =>
        finding('cn.access.register', `entry-${n}`, 'violated', '登记缺少：去向'),
      ),
    ];
    const names = new Map([
      ['cam-a', '正门'],
      ['cam-b', '收银台'],
    ]);
    const items = buildChecklist(rules, findings, names, {
      healthZh: '图像采集设备 2 台',
      retentionZh: ['系统内无录像'],
    });
    const signage = items.find((i) => i.ruleId === 'cn.signage');
    expect(signage?.prefillState).toBe('violated');
    expect(signage?.prefill.facts.map((f) => f.subjectName)).toEqual(['收银台', '正门']);
    const register = items.find((i) => i.ruleId === 'cn.access.register');
    expect(register?.prefill.facts).toHaveLength(MAX_FACTS);
    expect(register?.prefill.omitted).toBe(40 - MAX_FACTS);
    expect(prefillSummaryZh('violated', register?.prefill ?? { facts: [], omitted: 0 }, 2)).toBe(
      ['不符合', '不符合，登记缺少：去向', '不符合，登记缺少：去向', `另有 ${40 - 2} 项`].join('\n'),
    );
    expect(items.find((i) => i.ruleId === 'ln.operation.procedures')?.prefill.facts[0]?.noteZh).toBe(
      '图像采集设备 2 台',
    );
    expect(items.find((i) => i.ruleId === 'cn.retention.delete')?.prefill.facts[0]?.noteZh).toBe('系统内无录像');
  });

  it('keeps only the rules a re-inspection follows up', () => {
    const items = buildChecklist(rules, [], new Map(), noFacts, new Set(['cn.signage', 'ln.filing.first']));
    expect(items.map((i) => [i.seq, i.ruleId])).toEqual([
      [1, 'cn.signage'],
      [2, 'ln.filing.first'],
    ]);
  });
});
