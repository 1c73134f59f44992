import { describe, expect, it } from 'vitest';
import { articleExists } from './articles/index.ts';
import { CHINA_HOLIDAYS_2024_2026 } from './calendar-cn.ts';
import { makeCalendar } from './calendar.ts';
import { checkOpenFaults } from './checks.ts';
import { evaluate } from './evaluate.ts';
import { allRules } from './profiles/index.ts';
import { day, oneCameraUnit } from './test-support.ts';
import type { Subject, SubjectFault, SubjectTraining, TrainingKind } from './subject.ts';
import type { Finding, Rule, RuleParams } from './types.ts';

const cal = makeCalendar(CHINA_HOLIDAYS_2024_2026);
const run = (s: Subject, chain: string[], asOf: string): Finding[] => evaluate(s, chain, day(asOf), cal);
const find = (fs: Finding[], ruleId: string, ref?: string): Finding | undefined =>
  fs.find((f) => f.ruleId === ruleId && (ref === undefined || f.subjectRef === ref));

describe('retention per camera', () => {
  const kept20 = oneCameraUnit({ camera: { retentionDays: 20 } });

  it('a Liaoning camera kept 20 days complies as of 2024-06-01 (floor 15, 辽宁 第十四条(七))', () => {
    const fs = run(kept20, ['liaoning-2008'], '2024-06-01');
    expect(find(fs, 'ln.retention', 'cam-1')).toMatchObject({ state: 'ok', article: '辽宁 第十四条(七)' });
    expect(fs.some((f) => f.ruleId === 'cn.retention')).toBe(false);
  });

  it('the same camera is a violation as of 2026-01-01 (国家 第十七条, floor 30)', () => {
    const fs = run(kept20, ['liaoning-2008'], '2026-01-01');
    expect(find(fs, 'cn.retention', 'cam-1')).toMatchObject({ state: 'violated', article: '国家 第十七条' });
    expect(find(fs, 'ln.retention')).toBeUndefined();
  });

  it('Liaoning footage of important value must be held a year (辽宁 第十四条(七)), with 第二十三条 range', () => {
    const fs = run(oneCameraUnit({ camera: { important: true, retentionDays: 90 } }), ['liaoning-2008'], '2026-01-01');
    const f = find(fs, 'ln.retention.important', 'cam-1');
    expect(f).toMatchObject({ state: 'violated', article: '辽宁 第十四条(七)' });
    expect(f?.penalty?.article).toBe('辽宁 第二十三条');
    expect(f?.penalty?.trigger).toBe('逾期不改正');
    const held = run(
      oneCameraUnit({ camera: { important: true, retentionDays: 365 } }),
      ['liaoning-2008'],
      '2026-01-01',
    );
    expect(find(held, 'ln.retention.important', 'cam-1')?.state).toBe('ok');
  });

  it('a Liaoning hotel camera (not a 国家 第七条 place) keeps the 15-day floor after 2025 (国家 第九条第二款)', () => {
    const fs = run(
      oneCameraUnit({ site: { placeCategory: 'hotel' }, camera: { retentionDays: 20 } }),
      ['liaoning-2008'],
      '2026-01-01',
    );
    expect(find(fs, 'ln.retention', 'cam-1')?.state).toBe('ok');
    expect(find(fs, 'cn.retention')).toBeUndefined();
  });

  it('asks for a reason when ordinary footage is kept beyond 30 days (国家 第十七条)', () => {
    const fs = run(oneCameraUnit({ camera: { retentionDays: 90 } }), ['anhui-2017'], '2026-01-01');
    expect(find(fs, 'cn.retention.delete', 'cam-1')?.state).toBe('needs_evidence');
    expect(find(run(oneCameraUnit(), ['anhui-2017'], '2026-01-01'), 'cn.retention.delete')).toBeUndefined();
  });

  it('asks for evidence when no retention is configured', () => {
    const fs = run(oneCameraUnit({ camera: { retentionDays: null } }), ['anhui-2017'], '2020-06-01');
    expect(find(fs, 'ah.retention', 'cam-1')?.state).toBe('needs_evidence');
  });
});

describe('filing deadlines', () => {
  it('a Liaoning system changed on a Friday is re-filed within 3 working days, skipping the weekend and 端午 (辽宁 第十二条)', () => {
    // Friday 2024-06-07; Monday 06-10 is 端午: Tue, Wed, Thu → due 2024-06-13.
    const s = oneCameraUnit({ system: { inUseAt: day('2023-01-10'), changedAt: day('2024-06-07') } });
    const onTime = run(s, ['liaoning-2008'], '2024-06-13');
    expect(find(onTime, 'ln.filing.change', 'sys-1')).toMatchObject({
      state: 'due',
      dueDate: '2024-06-13',
      article: '辽宁 第十二条',
    });
    const late = find(run(s, ['liaoning-2008'], '2024-06-14'), 'ln.filing.change', 'sys-1');
    expect(late).toMatchObject({ state: 'overdue', dueDate: '2024-06-13' });
    expect(late?.penalty).toMatchObject({ article: '辽宁 第二十二条', trigger: '逾期不改正' });
    expect(late?.penalty?.fines).toEqual([{ offender: 'unit_or_individual', minYuan: 200, maxYuan: 500 }]);
  });

  it('counts the 调休 Saturday before 中秋 2024 as a working day (Friday 09-13 → due Thursday 09-19)', () => {
    const s = oneCameraUnit({ system: { inUseAt: day('2023-01-10'), changedAt: day('2024-09-13') } });
    expect(find(run(s, ['liaoning-2008'], '2024-09-14'), 'ln.filing.change')?.dueDate).toBe('2024-09-19');
  });

  it('a change filed in time is ok', () => {
    const s = oneCameraUnit({
      system: { inUseAt: day('2023-01-10'), changedAt: day('2024-06-07') },
      filings: [{ systemId: 'sys-1', kind: 'change', submittedAt: day('2024-06-12') }],
    });
    expect(find(run(s, ['liaoning-2008'], '2024-07-01'), 'ln.filing.change')?.state).toBe('ok');
  });

  it('first filing: 30 days from entry into use (辽宁 第十二条; 国家 第十四条第一款)', () => {
    const s = oneCameraUnit({ system: { inUseAt: day('2025-05-06') } });
    const fs = run(s, ['liaoning-2008'], '2025-06-20');
    expect(find(fs, 'ln.filing.first')).toMatchObject({ state: 'overdue', dueDate: '2025-06-05' });
    expect(find(fs, 'cn.filing.first')).toMatchObject({ state: 'overdue', dueDate: '2025-06-05' });
    expect(find(fs, 'cn.filing.first')?.penalty?.article).toBe('国家 第二十九条');
  });

  it('pre-existing systems: 90 days from 2025-04-01 under the 条例, first filing counts', () => {
    const s = oneCameraUnit({ system: { inUseAt: day('2020-03-01') } });
    const fs = run(s, ['qingdao-2010-rev2020'], '2025-06-01');
    expect(find(fs, 'cn.filing.pre_existing')).toMatchObject({ state: 'due', dueDate: '2025-06-30' });
    const filed = run(
      { ...s, filings: [{ systemId: 'sys-1', kind: 'pre_existing', submittedAt: day('2025-05-01') }] },
      ['qingdao-2010-rev2020'],
      '2025-08-01',
    );
    expect(find(filed, 'cn.filing.pre_existing')?.state).toBe('ok');
  });

  it('Qingdao: filed within 30 days of passing acceptance, else 并处 500–1000 (青岛 第十六条, 第二十八条(一))', () => {
    const s = oneCameraUnit({ system: { acceptedAt: day('2021-03-01'), inUseAt: day('2021-04-01') } });
    const f = find(run(s, ['qingdao-2010-rev2020'], '2021-05-01'), 'qd.filing.first');
    expect(f).toMatchObject({ state: 'overdue', dueDate: '2021-03-31' });
    expect(f?.penalty).toMatchObject({ article: '青岛 第二十八条(一)', trigger: '并处' });
  });

  it('Tengchong: pre-existing systems within 6 months of 2017-09-05 (腾冲 第二十二条)', () => {
    const s = oneCameraUnit({ system: { inUseAt: day('2015-01-01') } });
    expect(find(run(s, ['tengchong-2017'], '2018-01-01'), 'tc.filing.pre_existing')).toMatchObject({
      state: 'due',
      dueDate: '2018-03-05',
    });
  });

  it('Anhui files only unit-built systems (安徽 第十三条第二款)', () => {
    const unitBuilt = run(oneCameraUnit({ system: { inUseAt: day('2020-03-02') } }), ['anhui-2017'], '2020-03-10');
    expect(find(unitBuilt, 'ah.filing.first')).toMatchObject({ state: 'due', dueDate: '2020-04-01' });
    const govBuilt = run(
      oneCameraUnit({ system: { inUseAt: day('2020-03-02'), governmentBuilt: true } }),
      ['anhui-2017'],
      '2020-03-10',
    );
    expect(find(govBuilt, 'ah.filing.first')).toBeUndefined();
  });
});

describe('removal', () => {
  const removed = (noticeGivenAt?: string): Subject =>
    oneCameraUnit({
      system: { inUseAt: day('2018-01-01'), removedAt: day('2020-05-20') },
      filings:
        noticeGivenAt === undefined ? [] : [{ systemId: 'sys-1', kind: 'removal', noticeGivenAt: day(noticeGivenAt) }],
    });

  it('an Anhui system removed without the 10-day advance notice is a violation with 安徽 第二十四条(三)’s range', () => {
    for (const s of [removed(), removed('2020-05-15')]) {
      const f = find(run(s, ['anhui-2017'], '2020-06-01'), 'ah.removal.notice', 'sys-1');
      expect(f).toMatchObject({ state: 'violated', article: '安徽 第十五条' });
      expect(f?.penalty?.article).toBe('安徽 第二十四条(三)');
      expect(f?.penalty?.fines).toEqual([
        { offender: 'unit', minYuan: 2000, maxYuan: 10000 },
        { offender: 'person_in_charge', minYuan: 200, maxYuan: 1000 },
      ]);
    }
  });

  it('notice 10 days ahead complies', () => {
    expect(find(run(removed('2020-05-10'), ['anhui-2017'], '2020-06-01'), 'ah.removal.notice')?.state).toBe('ok');
  });

  it('Qingdao files a removal within 30 days after it (青岛 第十六条第二款)', () => {
    expect(find(run(removed(), ['qingdao-2010-rev2020'], '2020-06-01'), 'qd.filing.removal')).toMatchObject({
      state: 'due',
      dueDate: '2020-06-19',
    });
  });
});

describe('placement, signage, maintenance, training, register', () => {
  it('flags a camera already registered in a prohibited place (imported data)', () => {
    const fs = run(oneCameraUnit({ camera: { locationCategory: 'fitting_room' } }), ['anhui-2017'], '2020-06-01');
    expect(find(fs, 'ah.privacy.prohibited', 'cam-1')).toMatchObject({ state: 'violated', article: '安徽 第八条' });
    expect(find(fs, 'ah.privacy.prohibited', 'cam-1')?.penalty?.article).toBe('安徽 第二十五条');
  });

  it('flags a mandatory place of the unit that has no camera', () => {
    const s = oneCameraUnit();
    const extra: Subject = {
      ...s,
      sites: [
        ...s.sites,
        { id: 'site-2', orgId: 'org-1', name: '二号店', placeCategory: 'commercial_center', isPublic: true },
      ],
    };
    const fs = run(extra, ['qingdao-2010-rev2020'], '2021-01-01');
    expect(find(fs, 'qd.place.mandatory', 'site-2')).toMatchObject({ state: 'violated' });
    expect(find(fs, 'qd.place.mandatory', 'site-2')?.penalty?.article).toBe('青岛 第二十六条');
    expect(find(fs, 'qd.place.mandatory', 'site-1')?.state).toBe('ok');
  });

  it('flags a camera a third party put up at a unit’s public site (国家 第九条第一款)', () => {
    const s = oneCameraUnit();
    const intruder: Subject = {
      ...s,
      organizations: [
        ...s.organizations,
        { id: 'org-2', kind: 'unit', name: '隔壁商铺', jurisdictionId: 'j-1', isGovernment: false },
      ],
      systems: [
        ...s.systems,
        { id: 'sys-2', orgId: 'org-2', name: '商铺监控', governmentBuilt: false, maintenanceOutsourced: false },
      ],
      cameras: [
        ...s.cameras,
        {
          id: 'cam-2',
          systemId: 'sys-2',
          siteId: 'site-1',
          locationCategory: 'corridor',
          important: false,
          signage: true,
          retentionDays: 30,
        },
      ],
    };
    const f = find(run(intruder, ['anhui-2017'], '2026-01-01'), 'cn.other_places', 'cam-2');
    expect(f).toMatchObject({ state: 'violated', article: '国家 第九条第一款' });
    expect(f?.penalty?.article).toBe('国家 第二十六条');
    expect(find(run(intruder, ['anhui-2017'], '2026-01-01'), 'cn.other_places', 'cam-1')).toBeUndefined();
  });

  it('signage: every camera in Anhui, only government-funded systems in Liaoning', () => {
    const s = oneCameraUnit({ camera: { signage: false } });
    expect(find(run(s, ['anhui-2017'], '2020-06-01'), 'ah.signage', 'cam-1')?.state).toBe('violated');
    expect(find(run(s, ['liaoning-2008'], '2020-06-01'), 'ln.signage')).toBeUndefined();
    const gov = oneCameraUnit({ camera: { signage: false }, system: { governmentBuilt: true } });
    expect(find(run(gov, ['liaoning-2008'], '2020-06-01'), 'ln.signage', 'cam-1')?.state).toBe('violated');
  });

  it('written maintenance agreement when maintenance is outsourced', () => {
    const s = oneCameraUnit({ system: { maintenanceOutsourced: true } });
    expect(find(run(s, ['anhui-2017'], '2020-06-01'), 'ah.maintenance.agreement', 'sys-1')?.state).toBe('violated');
    const signed = oneCameraUnit({ system: { maintenanceOutsourced: true, maintenanceAgreementRef: 'WB-2020-01' } });
    expect(find(run(signed, ['anhui-2017'], '2020-06-01'), 'ah.maintenance.agreement', 'sys-1')?.state).toBe('ok');
  });

  it('access register entries carry the fields the text names (安徽: 去向; 辽宁: 录制人员)', () => {
    const s = oneCameraUnit({
      accessRegister: [
        {
          id: 'acc-1',
          systemId: 'sys-1',
          at: day('2020-05-01'),
          action: 'copy',
          accessorNames: ['张三', '李四'],
          purpose: '案件调查',
          byAuthority: true,
        },
      ],
    });
    const ah = find(run(s, ['anhui-2017'], '2020-06-01'), 'ah.access.register', 'acc-1');
    expect(ah?.state).toBe('violated');
    expect(ah?.noteZh).toContain('去向');
    const ln = find(run(s, ['liaoning-2008'], '2020-06-01'), 'ln.access.register', 'acc-1');
    expect(ln?.noteZh).toContain('录制人员');
    expect(find(run(s, ['liaoning-2008'], '2020-06-01'), 'ln.access.procedure', 'sys-1')?.state).toBe('ok');
  });
});

describe('training of every kind the article names', () => {
  const session = (held: string, kinds: readonly TrainingKind[]): SubjectTraining => ({
    orgId: 'org-1',
    heldAt: day(held),
    topic: '监看人员培训',
    attendees: 6,
    kinds,
  });
  const trained = (...records: SubjectTraining[]): Subject => oneCameraUnit({ trainingRecords: records });

  it('no record at all needs evidence, citing the article and the kinds it names (辽宁 第十四条(一))', () => {
    const f = find(run(oneCameraUnit(), ['liaoning-2008'], '2020-06-01'), 'ln.training', 'org-1');
    expect(f).toMatchObject({ state: 'needs_evidence', article: '辽宁 第十四条(一)' });
    expect(f?.noteZh).toBe('无培训记录（辽宁 第十四条(一) 要求岗位技能、保密培训）');
    expect(f?.noteEn).toBe('no training record (辽宁 第十四条(一) asks for job skills and confidentiality training)');
  });

  it('岗位技能 and 保密 both on record complies with 青岛 第十九条(二), each kind with its latest date', () => {
    const s = trained(session('2021-03-01', ['job_skills']), session('2021-04-01', ['confidentiality']));
    const f = find(run(s, ['qingdao-2010-rev2020'], '2021-06-01'), 'qd.training', 'org-1');
    expect(f?.state).toBe('ok');
    expect(f?.noteZh).toBe('岗位技能 2021-03-01、保密 2021-04-01（青岛 第十九条(二)）');
    expect(f?.noteEn).toBe('job skills 2021-03-01, confidentiality 2021-04-01 (青岛 第十九条(二))');
    expect(f?.penalty).toBeUndefined();
    // One session covering both kinds answers the article as well.
    const both = trained(session('2021-03-01', ['job_skills', 'confidentiality']));
    expect(find(run(both, ['qingdao-2010-rev2020'], '2021-06-01'), 'qd.training', 'org-1')?.state).toBe('ok');
  });

  it('a confidentiality session alone leaves 岗位技能 missing: the finding names it and the article, with 第二十九条’s range', () => {
    const s = trained(session('2021-04-01', ['confidentiality']));
    const f = find(run(s, ['qingdao-2010-rev2020'], '2021-06-01'), 'qd.training', 'org-1');
    expect(f?.state).toBe('needs_evidence');
    expect(f?.noteZh).toBe('缺少岗位技能培训记录（青岛 第十九条(二) 要求岗位技能、保密培训）；最近培训 2021-04-01');
    expect(f?.noteEn).toBe(
      'no job skills training on record (青岛 第十九条(二) asks for job skills and confidentiality training); last training 2021-04-01',
    );
    expect(f?.penalty?.article).toBe('青岛 第二十九条');
  });

  it('Anhui asks for 安全知识 and 保密 (安徽 第十七条第一款): skills and confidentiality training leaves 安全知识 missing', () => {
    const s = trained(session('2020-03-01', ['job_skills', 'confidentiality']));
    expect(find(run(s, ['liaoning-2008'], '2020-06-01'), 'ln.training', 'org-1')?.state).toBe('ok');
    const ah = find(run(s, ['anhui-2017'], '2020-06-01'), 'ah.training', 'org-1');
    expect(ah?.state).toBe('needs_evidence');
    expect(ah?.noteZh).toMatch(/^缺少安全知识培训记录（安徽 第十七条第一款 要求安全知识、保密培训）/);
    expect(ah?.noteEn).toMatch(/^no security training on record \(安徽 第十七条第一款 /);
  });

  it('the 条例 adds 入职审查 for 第七条 places (国家 第十六条第二款(一)) while 青岛 is satisfied', () => {
    const s = trained(session('2025-09-01', ['job_skills', 'confidentiality']));
    const fs = run(s, ['qingdao-2010-rev2020'], '2026-01-01');
    expect(find(fs, 'qd.training', 'org-1')?.state).toBe('ok');
    const cn = find(fs, 'cn.training', 'org-1');
    expect(cn).toMatchObject({ state: 'needs_evidence', article: '国家 第十六条第二款(一)' });
    expect(cn?.noteZh).toMatch(/^缺少入职审查培训记录（国家 第十六条第二款\(一\) 要求入职审查、保密、岗位技能培训）/);
    expect(cn?.noteEn).toMatch(/^no vetting training on record/);
    const vetted = trained(
      session('2025-09-01', ['job_skills', 'confidentiality']),
      session('2025-10-01', ['vetting']),
    );
    expect(find(run(vetted, ['qingdao-2010-rev2020'], '2026-01-01'), 'cn.training', 'org-1')?.state).toBe('ok');
  });

  it('records that name no kind count for none, and the finding says how many there are', () => {
    const s = trained(session('2020-03-01', []), session('2020-04-01', ['confidentiality']));
    const f = find(run(s, ['liaoning-2008'], '2020-06-01'), 'ln.training', 'org-1');
    expect(f?.state).toBe('needs_evidence');
    expect(f?.noteZh).toContain('缺少岗位技能培训记录');
    expect(f?.noteZh).toContain('1条记录未注明培训类别');
    expect(f?.noteEn).toContain('1 record(s) name no kind of training');
  });

  it('training held after the date evaluated does not count', () => {
    const s = trained(session('2020-03-01', ['confidentiality']), session('2020-07-01', ['job_skills']));
    expect(find(run(s, ['liaoning-2008'], '2020-06-01'), 'ln.training', 'org-1')?.noteZh).toMatch(/^缺少岗位技能/);
    expect(find(run(s, ['liaoning-2008'], '2020-07-01'), 'ln.training', 'org-1')?.state).toBe('ok');
  });
});

describe('open fault tickets', () => {
  const ticket = (id: string, opened: string, over: Partial<SubjectFault> = {}): SubjectFault => ({
    id,
    cameraId: 'cam-1',
    openedAt: day(opened),
    ...over,
  });
  const withFaults = (...faultTickets: SubjectFault[]): Subject => oneCameraUnit({ faultTickets });
  const faultFindings = (fs: Finding[]): Finding[] => fs.filter((f) => f.ruleId.endsWith('.fault.open'));

  it('an open ticket is due under 青岛 第十九条(三), citing it in both languages, with the temporary measure and 第二十九条’s range', () => {
    const s = withFaults(ticket('ft-1', '2021-05-10', { temporaryMeasure: '临时架设移动摄像机' }));
    const f = find(run(s, ['qingdao-2010-rev2020'], '2021-06-01'), 'qd.fault.open', 'cam-1');
    expect(f).toMatchObject({ state: 'due', article: '青岛 第十九条(三)' });
    expect(f?.dueDate).toBeUndefined();
    expect(f?.noteZh).toBe(
      '故障单 ft-1 自2021-05-10起未修复，应当及时修复（青岛 第十九条(三)）；临时措施：临时架设移动摄像机',
    );
    expect(f?.noteEn).toBe(
      'fault ticket ft-1 open since 2021-05-10: to be repaired promptly (青岛 第十九条(三)); temporary measure: 临时架设移动摄像机',
    );
    expect(f?.penalty?.article).toBe('青岛 第二十九条');
  });

  it('under the 条例 a 第七条 camera’s open fault is due under 国家 第十五条第一款 as well as the local article', () => {
    const fs = run(withFaults(ticket('ft-1', '2025-11-20')), ['anhui-2017'], '2026-01-01');
    expect(find(fs, 'cn.fault.open', 'cam-1')).toMatchObject({ state: 'due', article: '国家 第十五条第一款' });
    expect(find(fs, 'cn.fault.open', 'cam-1')?.noteEn).toContain('(国家 第十五条第一款)');
    const ah = find(fs, 'ah.fault.open', 'cam-1');
    expect(ah).toMatchObject({ state: 'due', article: '安徽 第十六条(一)' });
    expect(ah?.noteZh).toContain('（安徽 第十六条(一)）');
    expect(ah?.penalty?.article).toBe('安徽 第二十四条(四)');
  });

  it('a hotel camera (outside 国家 第七条) keeps only the local article (国家 第九条第二款)', () => {
    const s = oneCameraUnit({ site: { placeCategory: 'hotel' }, faultTickets: [ticket('ft-1', '2025-11-20')] });
    const fs = run(s, ['liaoning-2008'], '2026-01-01');
    expect(find(fs, 'ln.fault.open', 'cam-1')).toMatchObject({ state: 'due', article: '辽宁 第十四条(二)' });
    expect(find(fs, 'cn.fault.open')).toBeUndefined();
  });

  it('a repaired ticket gives no finding; one repaired after the date evaluated was still open then', () => {
    const s = withFaults(ticket('ft-1', '2021-05-10', { repairedAt: day('2021-05-20') }));
    expect(faultFindings(run(s, ['qingdao-2010-rev2020'], '2021-06-01'))).toEqual([]);
    expect(find(run(s, ['qingdao-2010-rev2020'], '2021-05-15'), 'qd.fault.open', 'cam-1')?.state).toBe('due');
    // Opened after the date evaluated: not yet a fault then.
    expect(faultFindings(run(s, ['qingdao-2010-rev2020'], '2021-05-09'))).toEqual([]);
  });

  it('several open tickets on one camera give one finding about the oldest, with the count', () => {
    const s = withFaults(ticket('ft-2', '2020-05-12'), ticket('ft-1', '2020-05-10'));
    const fs = faultFindings(run(s, ['tengchong-2017'], '2020-06-01'));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.noteZh).toBe('故障单 ft-1 自2020-05-10起未修复（共2张），应当及时修复（腾冲 第二十四条(二)）');
    expect(fs[0]?.noteEn).toBe(
      'fault ticket ft-1 open since 2020-05-10 (2 tickets): to be repaired promptly (腾冲 第二十四条(二))',
    );
  });

  it('tickets of a removed system’s cameras give no finding', () => {
    const s = oneCameraUnit({
      system: { removedAt: day('2021-05-01') },
      faultTickets: [ticket('ft-1', '2021-04-10')],
    });
    expect(faultFindings(run(s, ['qingdao-2010-rev2020'], '2021-06-01'))).toEqual([]);
  });

  describe('where a rule names a repair period', () => {
    const base = allRules().find((r) => r.id === 'qd.fault.open') as Rule;
    const withPeriod = (params: RuleParams): Rule => ({ ...base, params: { ...base.params, ...params } });
    const check = (rule: Rule, s: Subject, asOf: string) =>
      checkOpenFaults(rule, {
        subject: s,
        asOf: day(asOf),
        calendar: cal,
        profileIds: ['qingdao-2010-rev2020', 'national-2025'],
      });

    it('3 days from Tuesday 2025-06-03: nothing within it, overdue from Saturday 06-07 with the deadline', () => {
      const rule = withPeriod({ days: 3 });
      const s = withFaults(ticket('ft-1', '2025-06-03'));
      expect(check(rule, s, '2025-06-06')).toEqual([]);
      const [late, ...rest] = check(rule, s, '2025-06-07');
      expect(rest).toEqual([]);
      expect(late).toMatchObject({ state: 'overdue', subjectRef: 'cam-1', dueDate: '2025-06-06' });
      expect(late?.noteZh).toBe('故障单 ft-1 自2025-06-03起未修复，已超过修复期限2025-06-06（青岛 第十九条(三)）');
      expect(late?.noteEn).toBe(
        'fault ticket ft-1 open since 2025-06-03, past the repair deadline 2025-06-06 (青岛 第十九条(三))',
      );
    });

    it('2 working days from Friday 2025-06-06 end on Tuesday 06-10', () => {
      const rule = withPeriod({ workingDays: 2 });
      const s = withFaults(ticket('ft-1', '2025-06-06'));
      expect(check(rule, s, '2025-06-10')).toEqual([]);
      expect(check(rule, s, '2025-06-11')[0]).toMatchObject({ state: 'overdue', dueDate: '2025-06-10' });
    });

    it('a ticket repaired, even late, gives none', () => {
      const rule = withPeriod({ days: 3 });
      const s = withFaults(ticket('ft-1', '2025-06-03', { repairedAt: day('2025-06-20') }));
      expect(check(rule, s, '2025-07-01')).toEqual([]);
    });
  });
});

describe('advisory duties', () => {
  it('are needs_evidence until marked done with evidence', () => {
    expect(find(run(oneCameraUnit(), ['anhui-2017'], '2020-06-01'), 'ah.design.sync', 'org-1')?.state).toBe(
      'needs_evidence',
    );
    const marked = oneCameraUnit({
      advisoryMarks: [{ ruleId: 'ah.design.sync', orgId: 'org-1', doneAt: day('2020-01-05'), evidenceRef: 'DOC-7' }],
    });
    const f = find(run(marked, ['anhui-2017'], '2020-06-01'), 'ah.design.sync', 'org-1');
    expect(f?.state).toBe('ok');
    expect(f?.noteEn).toContain('DOC-7');
  });

  it('lists every advisory rule in force for each operating unit', () => {
    const fs = run(oneCameraUnit(), ['qingdao-2010-rev2020'], '2026-01-01');
    const advisory = [
      'qd.military.consult',
      'qd.design.sync',
      'cn.secret.consent',
      'cn.products',
      'cn.build.standards',
    ];
    for (const id of advisory) expect(find(fs, id, 'org-1')?.state, id).toBe('needs_evidence');
  });
});

describe('findings', () => {
  it('cite only articles that exist in the index, worst first', () => {
    const s = oneCameraUnit({
      camera: { retentionDays: 10, signage: false, locationCategory: 'toilet' },
      system: { inUseAt: day('2019-01-01'), changedAt: day('2025-05-09'), maintenanceOutsourced: true },
    });
    let total = 0;
    for (const chain of [
      ['liaoning-2008'],
      ['anhui-2017'],
      ['qingdao-2010-rev2020'],
      ['weihai-2014'],
      ['tengchong-2017'],
    ]) {
      for (const asOf of ['2020-06-01', '2024-06-01', '2026-01-01']) {
        const fs = run(s, chain, asOf);
        total += fs.length;
        for (const f of fs) {
          expect(articleExists(f.article), f.article).toBe(true);
          if (f.penalty) expect(articleExists(f.penalty.article), f.penalty.article).toBe(true);
        }
        const order = ['violated', 'overdue', 'due', 'needs_evidence', 'ok'];
        expect(fs.map((f) => order.indexOf(f.state))).toEqual(
          [...fs.map((f) => order.indexOf(f.state))].sort((a, b) => a - b),
        );
      }
    }
    expect(total).toBeGreaterThan(100);
  });

  it('replays a past inspection under the rules of its day: Weihai lapsed after 2024-11-30', () => {
    const s = oneCameraUnit({ camera: { retentionDays: 20 } });
    expect(find(run(s, ['weihai-2014'], '2024-11-30'), 'wh.retention')?.state).toBe('violated');
    const after = run(s, ['weihai-2014'], '2024-12-01');
    expect(after.some((f) => f.ruleId.startsWith('wh.'))).toBe(false);
    expect(after).toEqual([]);
  });
});
