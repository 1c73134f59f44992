import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import type { ApiClient, ApiResponse } from '../../../test/support/psvis.ts';
import { auditEvents, expectBilingual, startGovernanceTest, type GovernanceTest } from '../test-support.ts';
import type { AgreementView, DutyLogView, FaultView, MaintenanceView, TrainingView } from './schemas.ts';

/**
 * Asserts a refusal: its status and documented code and, but for the registry's 404 of a record
 * out of scope, its message in both languages citing its articles; returns its details.
 */
function refused(r: ApiResponse, status: number, code: string): Record<string, unknown> {
  expect([r.status, r.body['code']], JSON.stringify(r.body)).toEqual([status, code]);
  const details = r.body['details'] as Record<string, unknown>;
  if (status === 404) return details;
  const articles = details['articles'];
  return expectBilingual(r.body, Array.isArray(articles) ? (articles as string[]) : undefined);
}

function ok<T>(r: ApiResponse<T>, status = 200): T {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

interface Finding {
  ruleId: string;
  subjectRef: string;
  state: string;
  noteZh?: string;
}

async function finding(c: ApiClient, orgId: string, ruleId: string, subjectRef: string): Promise<Finding | undefined> {
  const r = await c.get<{ organizations: { findings: Finding[] }[] }>(`/api/v1/compliance/findings?orgId=${orgId}`);
  expect(r.status).toBe(200);
  return r.body.organizations[0]?.findings.find((f) => f.ruleId === ruleId && f.subjectRef === subjectRef);
}

describe.each(DATABASE_ENGINES)('duty, faults, maintenance, training and agreements on %s', (engine) => {
  let g: GovernanceTest;
  beforeAll(async () => {
    g = await startGovernanceTest(engine);
  });
  afterAll(async () => {
    await g.close();
  });

  it('logs duty shifts (值班记录) and counts them as evidence of duty monitoring (辽宁 第十四条(三))', async () => {
    expect((await finding(g.as.manager, g.unitId, 'ln.monitoring.report', g.unitId))?.state).toBe('needs_evidence');
    const log = ok(
      await g.as.operator.post<DutyLogView>('/api/v1/duty-logs', {
        siteId: g.siteId,
        staff: ['王五', '赵六'],
        from: '2026-03-01T00:00:00Z',
        to: '2026-03-01T12:00:00Z',
        notes: '交接班正常',
        events: [{ at: '2026-03-01T03:10:00Z', text: '收银台画面短暂模糊，已恢复', cameraId: g.cameraIds[1] }],
      }),
      201,
    );
    expect(log).toMatchObject({ orgId: g.unitId, staff: ['王五', '赵六'], events: [{ cameraId: g.cameraIds[1] }] });
    const evidence = await finding(g.as.manager, g.unitId, 'ln.monitoring.report', g.unitId);
    expect(evidence?.state).toBe('ok');
    expect(evidence?.noteZh).toContain('值班记录');

    refused(
      await g.as.operator.post('/api/v1/duty-logs', {
        staff: ['王五'],
        from: '2026-03-01T12:00:00Z',
        to: '2026-03-01T00:00:00Z',
      }),
      400,
      'PSVIS_ERR_VALIDATION',
    );
    refused(
      await g.as.officer.post('/api/v1/duty-logs', {
        orgId: g.unitId,
        staff: ['李警官'],
        from: '2026-03-01T00:00:00Z',
        to: '2026-03-01T08:00:00Z',
      }),
      403,
      'PSVIS_ERR_FORBIDDEN',
    );
    expect((await auditEvents(g.t, 'governance.duty.record.refused'))[0]?.details).toMatchObject({
      code: 'PSVIS_ERR_FORBIDDEN',
    });
    // The police of the district read the unit's logs; another unit reads none.
    const seen = await g.as.officer.get<{ items: DutyLogView[] }>(`/api/v1/duty-logs?orgId=${g.unitId}`);
    expect(seen.body.items.map((i) => i.id)).toEqual([log.id]);
    expect((await g.as.outsider.get<{ items: DutyLogView[] }>('/api/v1/duty-logs')).body.items).toEqual([]);
  });

  it('opens a fault ticket, notes the temporary measure, records the repair and its maintenance record', async () => {
    const fault = ok(
      await g.as.operator.post<FaultView>('/api/v1/fault-tickets', {
        cameraId: g.cameraIds[1],
        description: '收银台摄像机无图像',
        openedAt: '2026-03-01T08:00:00Z',
      }),
      201,
    );
    expect(fault).toMatchObject({ state: 'open', cameraName: '收银台' });
    ok(
      await g.as.operator.post<FaultView>(`/api/v1/fault-tickets/${fault.id}/measure`, {
        temporaryMeasure: '安排专人在收银台值守',
      }),
    );
    refused(
      await g.as.operator.post(`/api/v1/fault-tickets/${fault.id}/repair`, {
        repairedAt: '2026-03-01T10:00:00Z',
        note: '更换电源',
      }),
      403,
      'PSVIS_ERR_FORBIDDEN',
    );
    refused(
      await g.as.manager.post(`/api/v1/fault-tickets/${fault.id}/repair`, {
        repairedAt: '2026-03-01T07:00:00Z',
        note: '更换电源',
      }),
      400,
      'PSVIS_ERR_VALIDATION',
    );
    const repaired = ok(
      await g.as.manager.post<FaultView>(`/api/v1/fault-tickets/${fault.id}/repair`, {
        repairedAt: '2026-03-01T10:00:00Z',
        note: '更换电源适配器，图像恢复',
        performedBy: '维修工 孙七',
      }),
    );
    expect(repaired).toMatchObject({
      state: 'repaired',
      temporaryMeasure: '安排专人在收银台值守',
      repairedAt: '2026-03-01T10:00:00.000Z',
    });
    refused(
      await g.as.manager.post(`/api/v1/fault-tickets/${fault.id}/repair`, {
        repairedAt: '2026-03-01T11:00:00Z',
        note: '再修',
      }),
      409,
      'PSVIS_ERR_FAULT_STATE',
    );
    const records = await g.as.manager.get<{ items: MaintenanceView[] }>(
      `/api/v1/maintenance-records?systemId=${g.systemId}`,
    );
    expect(records.body.items).toEqual([
      expect.objectContaining({ kind: 'repair', faultTicketId: fault.id, performedBy: '维修工 孙七' }),
    ]);
    const open = await g.as.officer.get<{ items: FaultView[] }>(`/api/v1/fault-tickets?orgId=${g.unitId}&state=open`);
    expect(open.body.items).toEqual([]);

    ok(
      await g.as.manager.post<MaintenanceView>('/api/v1/maintenance-records', {
        systemId: g.systemId,
        kind: 'periodic_check',
        performedAt: '2026-03-02T01:00:00Z',
        performedBy: '孙七',
        description: '月度巡检：画面清晰，时间准确',
      }),
      201,
    );
  });

  it('refuses an outsourcing agreement without 安全保密 clauses (国家 第十五条第二款), and the engine sees one that has them', async () => {
    const body = {
      kind: 'maintenance_and_operation',
      contractorName: '沈阳某安防工程有限公司',
      reference: 'WB-2026-001',
      signedAt: '2026-02-20',
      validFrom: '2026-03-01',
      validUntil: '2027-02-28',
      systemIds: [g.systemId],
    };
    const d = refused(
      await g.as.manager.post('/api/v1/outsourcing-agreements', { ...body, clauses: ['safe_operation'] }),
      422,
      'PSVIS_ERR_AGREEMENT_CLAUSES',
    );
    expect(d).toMatchObject({
      articles: ['国家 第十五条第二款'],
      // 国家 第十五条第二款: the 安全保密 agreement.
      messageZh:
        '国家 第十五条第二款：委托运维协议须载明网络安全、数据安全、个人信息保护、保密条款；该协议缺少这些条款',
      messageEn:
        '国家 第十五条第二款: an outsourcing agreement must set out network security, data security, personal information protection, confidentiality; the agreement lacks them',
    });
    expect((d['missing'] as { clause: string }[]).map((m) => m.clause)).toEqual([
      'network_security',
      'data_security',
      'personal_information',
      'confidentiality',
    ]);
    const refusedEvent = (await auditEvents(g.t, 'governance.agreement.record.refused'))[0];
    expect(refusedEvent?.details).toMatchObject({ code: 'PSVIS_ERR_AGREEMENT_CLAUSES', reference: 'WB-2026-001' });
    // 辽宁 第十四条第二款 asks for the safe-operation duties as well.
    const local = refused(
      await g.as.manager.post('/api/v1/outsourcing-agreements', {
        ...body,
        clauses: ['network_security', 'data_security', 'personal_information', 'confidentiality'],
      }),
      422,
      'PSVIS_ERR_AGREEMENT_CLAUSES',
    );
    expect(local['articles']).toEqual(['辽宁 第十四条第二款']);
    refused(
      await g.as.officer.post('/api/v1/outsourcing-agreements', { ...body, clauses: [] }),
      403,
      'PSVIS_ERR_FORBIDDEN',
    );

    expect(await finding(g.as.manager, g.unitId, 'cn.maintenance.agreement', g.systemId)).toBeUndefined();
    const agreement = ok(
      await g.as.manager.post<AgreementView>('/api/v1/outsourcing-agreements', {
        ...body,
        clauses: ['safe_operation', 'network_security', 'data_security', 'personal_information', 'confidentiality'],
        clauseText: '第七条 安全保密责任',
      }),
      201,
    );
    const seen = await finding(g.as.manager, g.unitId, 'cn.maintenance.agreement', g.systemId);
    expect(seen).toMatchObject({ state: 'ok', noteZh: '协议 WB-2026-001' });
    const listed = await g.as.officer.get<{ items: AgreementView[] }>(
      `/api/v1/outsourcing-agreements?orgId=${g.unitId}`,
    );
    expect(listed.body.items.map((a) => a.id)).toEqual([agreement.id]);
    ok(
      await g.as.manager.post<AgreementView>(`/api/v1/outsourcing-agreements/${agreement.id}/terminate`, {
        terminatedAt: '2026-03-02',
      }),
    );
    expect(await finding(g.as.manager, g.unitId, 'cn.maintenance.agreement', g.systemId)).toBeUndefined();
  });

  it('lists training sessions with their kinds (岗位技能, 保密)', async () => {
    const r = await g.as.manager.post('/api/v1/training-records', {
      heldAt: '2026-02-15',
      topic: '监看岗位技能与保密知识培训',
      kinds: ['job_skills', 'confidentiality'],
      attendees: 6,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const byKind = await g.as.officer.get<{ items: TrainingView[] }>(
      `/api/v1/training-records?orgId=${g.unitId}&kind=confidentiality`,
    );
    expect(byKind.body.items.map((i) => [i.topic, i.kinds])).toEqual([
      ['监看岗位技能与保密知识培训', ['job_skills', 'confidentiality']],
    ]);
    const vetting = await g.as.manager.get<{ items: TrainingView[] }>('/api/v1/training-records?kind=vetting');
    expect(vetting.body.items).toEqual([]);
  });
});
