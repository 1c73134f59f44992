import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.ts';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import type { ApiClient } from '../../../test/support/psvis.ts';
import {
  auditEvents,
  expectBilingual,
  getBytes,
  pdfText,
  startGovernanceTest,
  type GovernanceTest,
} from '../test-support.ts';

interface Item {
  id: string;
  seq: number;
  heading: string;
  ruleId: string;
  article: string;
  prefillState: string;
  prefill: { facts: { subjectName: string | null; state: string | null; noteZh: string | null }[] };
  result: string | null;
}
interface Inspection {
  id: string;
  kind: string;
  status: string;
  basis: { article: string }[];
  items: Item[];
  order?: { id: string; status: string } | null;
}
interface Order {
  id: string;
  status: string;
  deadline: string;
  items: { ruleId: string; article: string; penaltyArticle: string | null }[];
}

/** The rules this unit breaks, as the inspectors find them. */
const BROKEN = ['cn.filing.first', 'ln.filing.first', 'cn.signage'];

describe.each(DATABASE_ENGINES)('inspections, rectification orders and penalties on %s', (engine) => {
  let g: GovernanceTest;
  let inspection: Inspection;
  let order: Order;
  beforeAll(async () => {
    g = await startGovernanceTest(engine);
    // A camera went offline for two hours yesterday: the checklist shows it under camera health.
    await g.t.psvis.database.db
      .insertInto('recording_gaps')
      .values({
        id: newId(),
        camera_id: g.cameraIds[1],
        start_time: '2026-03-01T01:00:00.000Z',
        end_time: '2026-03-01T03:00:00.000Z',
        cause: 'offline',
        details: '{}',
        created_at: '2026-03-01T03:00:00.000Z',
      })
      .execute();
  });
  afterAll(async () => {
    await g.close();
  });

  /** Records a result for every line: the BROKEN rules non-compliant, the rest compliant. */
  const recordAll = async (client: ApiClient, insp: Inspection, broken: readonly string[]) => {
    const r = await client.post<Inspection>(`/api/v1/inspections/${insp.id}/results`, {
      results: insp.items.map((i) =>
        broken.includes(i.ruleId)
          ? { itemId: i.id, result: 'non_compliant', note: `${i.ruleId}：现场核实未整改` }
          : { itemId: i.id, result: 'compliant' },
      ),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body;
  };

  it('describes its routes in the OpenAPI document', async () => {
    const doc = await g.t.admin.get<{ paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/inspections',
        '/api/v1/inspections/{id}/results',
        '/api/v1/rectification-orders',
        '/api/v1/penalty-decisions',
        '/api/v1/penalty-articles',
        '/api/v1/filings/{id}/form.pdf',
        '/api/v1/access-register/form.pdf',
        '/api/v1/holds/{id}/extend',
      ]),
    );
  });

  it('refuses a unit manager planning an inspection (403, audited)', async () => {
    const r = await g.as.manager.post('/api/v1/inspections', {
      orgId: g.unitId,
      plannedFor: '2026-03-05',
      inspectors: ['张经理'],
    });
    expect(r.status).toBe(403);
    expect(r.body['code']).toBe('PSVIS_ERR_FORBIDDEN');
    expect(expectBilingual(r.body)['messageZh']).toBe('单位管理员不能计划检查');
    expect(await auditEvents(g.t, 'governance.inspection.plan.refused', g.unitId)).toHaveLength(1);
    // A regulator of another industry does not see the hotel at all.
    const other = await g.as.regulator.post('/api/v1/inspections', {
      orgId: g.otherUnitId,
      plannedFor: '2026-03-05',
      inspectors: ['赵科长'],
    });
    expect(other.status).toBe(404);
  });

  it('plans an inspection whose checklist follows the rules in force under the five headings, pre-filled with what psvis knows', async () => {
    const r = await g.as.officer.post<Inspection>('/api/v1/inspections', {
      orgId: g.unitId,
      plannedFor: '2026-03-05',
      inspectors: ['李警官', '周警官'],
      notes: '年度检查',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    inspection = r.body;
    expect(inspection.basis.map((b) => b.article)).toEqual(['辽宁 第十六条', '国家 第二十四条第一款']);
    const byRule = new Map(inspection.items.map((i) => [i.ruleId, i]));
    // Headings in the order of 腾冲 第二十八条(一)–(五); no penalty rules, no duties of the police themselves.
    const order = ['construction', 'upgrade', 'operation', 'filing', 'other'];
    const headings = inspection.items.map((i) => order.indexOf(i.heading));
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    expect(inspection.items.map((i) => i.seq)).toEqual(inspection.items.map((_, n) => n + 1));
    expect([...byRule.keys()].some((id) => id.includes('.penalty'))).toBe(false);
    expect(byRule.has('ln.access.procedure')).toBe(false);
    // In use since 2025-12-01 and never filed: overdue under both texts.
    expect(byRule.get('cn.filing.first')).toMatchObject({ heading: 'filing', prefillState: 'overdue' });
    expect(byRule.get('cn.filing.first')?.prefill.facts[0]?.subjectName).toBe('娱乐城视频监控系统');
    expect(byRule.get('ln.filing.first')?.prefillState).toBe('overdue');
    // The cash counter at a public site has no sign (国家 第十三条).
    const signage = byRule.get('cn.signage');
    expect(signage).toMatchObject({ heading: 'construction', prefillState: 'violated' });
    expect(signage?.prefill.facts.map((f) => [f.subjectName, f.state])).toEqual([
      ['收银台', 'violated'],
      ['正门', 'ok'],
    ]);
    expect(byRule.get('cn.training')?.prefillState).toBe('needs_evidence');
    expect(byRule.get('cn.retention')?.prefill.facts.find((f) => f.subjectName === '收银台')?.state).toBe(
      'needs_evidence',
    );
    // Camera health and holds come from the recording tables.
    const health = byRule.get('ln.operation.procedures')?.prefill.facts[0]?.noteZh ?? '';
    expect(health).toContain('图像采集设备 2 台');
    expect(health).toContain('离线 1 次');
    expect(byRule.get('cn.retention.delete')?.prefill.facts[0]?.noteZh).toBe('系统内无录像');
    expect(await auditEvents(g.t, 'governance.inspection.plan', g.unitId)).toHaveLength(1);
    // The unit sees its inspection; another unit does not.
    expect((await g.as.manager.get(`/api/v1/inspections/${inspection.id}`)).status).toBe(200);
    expect((await g.as.outsider.get(`/api/v1/inspections/${inspection.id}`)).status).toBe(404);
    const listed = await g.as.manager.get<{ items: { id: string }[] }>('/api/v1/inspections');
    expect(listed.body.items.map((i) => i.id)).toEqual([inspection.id]);
    expect((await g.as.outsider.get<{ items: unknown[] }>('/api/v1/inspections')).body.items).toEqual([]);
  });

  it('completes only when every line has a result (PSVIS_ERR_INSPECTION_INCOMPLETE, audited); a non-compliant line needs a note', async () => {
    const early = await g.as.officer.post(`/api/v1/inspections/${inspection.id}/complete`, {});
    expect(early.status).toBe(409);
    expect(early.body['code']).toBe('PSVIS_ERR_INSPECTION_INCOMPLETE');
    expect(expectBilingual(early.body)['messageZh']).toMatch(/^还有 \d+ 项未填写检查结果：第 1, 2, /);
    expect(await auditEvents(g.t, 'governance.inspection.complete.refused', inspection.id)).toHaveLength(1);
    const first = inspection.items[0];
    const noNote = await g.as.officer.post(`/api/v1/inspections/${inspection.id}/results`, {
      results: [{ itemId: first?.id, result: 'non_compliant' }],
    });
    expect(noNote.status).toBe(400);
    // The unit may read its checklist but not fill it in.
    const byUnit = await g.as.manager.post(`/api/v1/inspections/${inspection.id}/results`, {
      results: [{ itemId: first?.id, result: 'compliant' }],
    });
    expect(byUnit.status).toBe(403);
    await recordAll(g.as.officer, inspection, BROKEN);
    const done = await g.as.officer.post<Inspection>(`/api/v1/inspections/${inspection.id}/complete`, {
      summary: '未备案，收银台未设置提示标识',
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');
    const again = await g.as.officer.post(`/api/v1/inspections/${inspection.id}/results`, {
      results: [{ itemId: first?.id, result: 'compliant' }],
    });
    expect(again.body['code']).toBe('PSVIS_ERR_INSPECTION_STATE');
  });

  it('turns the findings into a rectification order a police approver signs, with the penalty articles that follow a missed deadline', async () => {
    const byOfficer = await g.as.officer.post('/api/v1/rectification-orders', {
      inspectionId: inspection.id,
      deadline: '2026-03-20',
    });
    expect(byOfficer.status).toBe(403);
    const today = await g.as.approver.post('/api/v1/rectification-orders', {
      inspectionId: inspection.id,
      deadline: '2026-03-02',
    });
    expect(today.status).toBe(400);
    const r = await g.as.approver.post<Order>('/api/v1/rectification-orders', {
      inspectionId: inspection.id,
      deadline: '2026-03-20',
      documentNo: '沈公和（治）责改字〔2026〕12号',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    order = r.body;
    expect(order.status).toBe('open');
    expect(order.items.map((i) => [i.ruleId, i.penaltyArticle])).toEqual(
      expect.arrayContaining([
        ['cn.signage', '国家 第十三条'],
        ['cn.filing.first', '国家 第二十九条'],
        ['ln.filing.first', '辽宁 第二十二条'],
      ]),
    );
    expect(await auditEvents(g.t, 'governance.order.issue', order.id)).toHaveLength(1);
    expect((await g.as.manager.get<Order>(`/api/v1/rectification-orders/${order.id}`)).body.id).toBe(order.id);
  });

  it('prints the inspection notice and the order in Chinese (pdftotext reads the unit, the articles, the deadline)', async () => {
    const notice = await getBytes(g.as.officer, `/api/v1/inspections/${inspection.id}/notice.pdf`);
    expect(notice.status).toBe(200);
    expect(notice.contentType).toBe('application/pdf');
    const nt = pdfText(notice.bytes);
    for (const s of [
      '公共安全视频图像信息系统监督检查通知书',
      '甲娱乐城（喆昇）',
      '沈阳市公安局和平分局',
      '辽宁 第十六条',
      '国家 第二十四条第一款',
      '李警官、周警官',
      '依法备案情况',
      '日常运行维护及信息资料管理和使用情况',
      '收银台',
      '不符合',
      '检查结论',
    ]) {
      expect(nt, s).toContain(s.replace(/\s+/g, ''));
    }
    const ord = await getBytes(g.as.manager, `/api/v1/rectification-orders/${order.id}/order.pdf`);
    expect(ord.status).toBe(200);
    const ot = pdfText(ord.bytes);
    for (const s of [
      '责令限期改正通知书',
      '沈公和（治）责改字〔2026〕12号',
      '甲娱乐城（喆昇）',
      '2026年03月20日',
      '国家 第十四条第一款',
      '辽宁 第二十二条',
      '200元以上500元以下',
    ]) {
      expect(ot, s).toContain(s.replace(/\s+/g, ''));
    }
    expect((await getBytes(g.as.outsider, `/api/v1/rectification-orders/${order.id}/order.pdf`)).status).toBe(404);
    expect((await auditEvents(g.t, 'governance.document.print')).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a fine under 辽宁 第二十二条 (逾期不改正) while the order is open: PSVIS_ERR_PENALTY_PRECONDITION, audited', async () => {
    const r = await g.as.approver.post('/api/v1/penalty-decisions', {
      orgId: g.unitId,
      orderId: order.id,
      article: '辽宁 第二十二条',
      offenderKind: 'unit',
      offenderName: '甲娱乐城（喆昇）',
      amountYuan: 300,
      facts: '未按规定办理备案手续',
    });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_PRECONDITION',
      details: {
        article: '辽宁 第二十二条',
        trigger: '逾期不改正',
        orderStatus: 'open',
        messageZh: '辽宁 第二十二条的罚款须在责令限期改正逾期后作出（逾期不改正）：请关联已逾期且涵盖该条款的整改通知',
        penalties: [{ article: '辽宁 第二十二条' }],
      },
    });
    expectBilingual(r.body, ['辽宁 第二十二条']);
    const refused = await auditEvents(g.t, 'governance.penalty.decide.refused', g.unitId);
    expect(refused[0]?.details['code']).toBe('PSVIS_ERR_PENALTY_PRECONDITION');
  });

  it('a re-inspection before the deadline leaves the order open; one after it escalates the order (逾期不改正)', async () => {
    await g.setClock('2026-03-10T02:00:00Z');
    const early = await g.as.officer.post<Inspection>('/api/v1/inspections', {
      orgId: g.unitId,
      plannedFor: '2026-03-10',
      kind: 'reinspection',
      orderId: order.id,
      inspectors: ['李警官', '周警官'],
    });
    expect(early.status, JSON.stringify(early.body)).toBe(201);
    // A re-inspection checks what the order named, nothing else.
    expect(early.body.items.map((i) => i.ruleId).sort()).toEqual([...BROKEN].sort());
    await recordAll(g.as.officer, early.body, ['cn.filing.first']);
    const done = await g.as.officer.post<Inspection>(`/api/v1/inspections/${early.body.id}/complete`, {});
    expect(done.body.order?.status).toBe('open');

    await g.setClock('2026-03-23T02:00:00Z');
    const late = await g.as.officer.post<Inspection>('/api/v1/inspections', {
      orgId: g.unitId,
      plannedFor: '2026-03-23',
      kind: 'reinspection',
      orderId: order.id,
      inspectors: ['李警官', '周警官'],
    });
    await recordAll(g.as.officer, late.body, ['cn.filing.first', 'ln.filing.first']);
    const escalated = await g.as.officer.post<Inspection>(`/api/v1/inspections/${late.body.id}/complete`, {});
    expect(escalated.body.order?.status).toBe('escalated');
    expect(await auditEvents(g.t, 'governance.order.escalated', order.id)).toHaveLength(1);
  });

  it('checks a penalty against its article: in force, in range for the offender, and signed by an approver', async () => {
    const base = {
      orgId: g.unitId,
      orderId: order.id,
      offenderKind: 'unit',
      offenderName: '甲娱乐城（喆昇）',
      facts: '逾期未办理备案',
    };
    const high = await g.as.approver.post('/api/v1/penalty-decisions', {
      ...base,
      article: '辽宁 第二十二条',
      amountYuan: 600,
      warning: true,
    });
    expect(high.status).toBe(422);
    expect(high.body).toMatchObject({
      code: 'PSVIS_ERR_PENALTY_RANGE',
      details: { article: '辽宁 第二十二条', amountYuan: 600, allowed: [{ minYuan: 200, maxYuan: 500 }] },
    });
    expect(expectBilingual(high.body, ['辽宁 第二十二条'])).toMatchObject({
      messageZh: expect.stringMatching(
        /^罚款 600 元不在辽宁 第二十二条对单位规定的幅度（200–500 元）内（辽宁 第二十二条：/,
      ) as unknown,
      messageEn: expect.stringMatching(
        /^a fine of 600 yuan is outside 200–500 yuan for a unit \(辽宁 第二十二条: /,
      ) as unknown,
      penalties: [{ article: '辽宁 第二十二条', rangeZh: expect.stringContaining('200元以上500元以下') as unknown }],
    });
    const elsewhere = await g.as.approver.post('/api/v1/penalty-decisions', {
      ...base,
      article: '青岛 第二十八条',
      amountYuan: 600,
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body['code']).toBe('PSVIS_ERR_PENALTY_ARTICLE');
    // No article in force backs it: the refusal cites none and lists the penalty articles that are.
    expect(expectBilingual(elsewhere.body, [])).toMatchObject({
      messageZh: '青岛 第二十八条不是该单位在 2026-03-23 施行的罚则条款',
      penaltyArticles: expect.arrayContaining(['辽宁 第二十二条']) as unknown,
    });
    const byOfficer = await g.as.officer.post('/api/v1/penalty-decisions', {
      ...base,
      article: '辽宁 第二十二条',
      amountYuan: 300,
    });
    expect(byOfficer.status).toBe(403);
    const refusals = (await auditEvents(g.t, 'governance.penalty.decide.refused', g.unitId)).map(
      (e) => e.details['code'],
    );
    expect(refusals).toEqual(
      expect.arrayContaining(['PSVIS_ERR_PENALTY_RANGE', 'PSVIS_ERR_PENALTY_ARTICLE', 'PSVIS_ERR_FORBIDDEN']),
    );
    const ok = await g.as.approver.post<{ id: string; amountYuan: number; trigger: string; rangeZh: string }>(
      '/api/v1/penalty-decisions',
      {
        ...base,
        article: '辽宁 第二十二条',
        amountYuan: 300,
        warning: true,
        documentNo: '沈公和（治）行罚决字〔2026〕5号',
      },
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ amountYuan: 300, trigger: '逾期不改正' });
    expect(ok.body.rangeZh).toContain('200元以上500元以下');
    expect(await auditEvents(g.t, 'governance.penalty.decide', g.unitId)).toHaveLength(1);
    // The national 条例 fines a refused filing up to 10,000 yuan (国家 第二十九条), and the order covers it.
    const national = await g.as.approver.post('/api/v1/penalty-decisions', {
      ...base,
      article: '国家 第二十九条',
      amountYuan: 20_000,
    });
    expect(national.body['code']).toBe('PSVIS_ERR_PENALTY_RANGE');
    const listed = await g.as.manager.get<{ items: { id: string }[] }>(`/api/v1/penalty-decisions?orgId=${g.unitId}`);
    expect(listed.body.items.map((d) => d.id)).toEqual([ok.body.id]);
    const articles = await g.as.approver.get<{ items: { article: string; fines: unknown[] }[] }>(
      `/api/v1/penalty-articles?orgId=${g.unitId}`,
    );
    expect(articles.body.items.map((a) => a.article)).toEqual(
      expect.arrayContaining(['辽宁 第二十二条', '国家 第二十九条']),
    );
  });

  it('a re-inspection that finds everything corrected closes the order as rectified', async () => {
    const r = await g.as.officer.post<Inspection>('/api/v1/inspections', {
      orgId: g.unitId,
      plannedFor: '2026-03-23',
      kind: 'reinspection',
      orderId: order.id,
      inspectors: ['李警官', '周警官'],
    });
    await recordAll(g.as.officer, r.body, []);
    const done = await g.as.officer.post<Inspection>(`/api/v1/inspections/${r.body.id}/complete`, {});
    expect(done.body.order?.status).toBe('rectified');
    const closed = await g.as.approver.get<Order & { closedByInspectionId: string }>(
      `/api/v1/rectification-orders/${order.id}`,
    );
    expect(closed.body.closedByInspectionId).toBe(r.body.id);
    const none = await g.as.officer.post('/api/v1/inspections', {
      orgId: g.unitId,
      plannedFor: '2026-03-24',
      kind: 'reinspection',
      orderId: order.id,
      inspectors: ['李警官'],
    });
    expect(none.body['code']).toBe('PSVIS_ERR_INSPECTION_STATE');
  });
});
