import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import { auditEvents, getBytes, pdfPages, pdfText, startGovernanceTest, type GovernanceTest } from '../test-support.ts';
import { renderFilingForm, type FilingFormData } from './filing-form.ts';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('a long filing form', () => {
  it('breaks its camera table across pages, repeating the header, and keeps rare characters (喆, 堃, 昇)', async () => {
    const data: FilingFormData = {
      filing: {
        id: 'f-1',
        kind: 'change',
        submittedAt: '2026-02-01T02:00:00Z',
        noticeGivenAt: null,
        reference: null,
        channel: null,
      },
      unit: {
        name: '喆堃昇商贸有限公司',
        creditCode: null,
        address: null,
        contactName: null,
        contactPhone: null,
        isGovernment: false,
      },
      jurisdiction: '辽宁省 沈阳市',
      system: {
        name: '系统',
        lifecycle: 'in_use',
        builderName: null,
        maintainerName: null,
        governmentBuilt: false,
        acceptedAt: null,
        inUseAt: '2026-01-05',
        removedAt: null,
        maintenanceAgreementRef: null,
      },
      sites: [{ name: '一层', address: null, placeZh: '商贸中心', isPublic: true }],
      cameras: Array.from({ length: 60 }, (_, i) => ({
        name: `摄像机${i + 1}`,
        deviceId: `210102000013200${String(i).padStart(5, '0')}`,
        siteName: '一层',
        locationZh: '出入口',
        important: false,
        signage: true,
        retentionDays: 30,
      })),
      retention: { floorDays: 30, articles: ['国家 第十七条'] },
      basis: ['国家 第十四条第一款'],
      printedAt: new Date('2026-02-01T03:00:00Z'),
    };
    const pdf = await renderFilingForm(data);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThan(2);
    const text = pdfText(pdf);
    expect(text).toContain('喆堃昇商贸有限公司');
    expect(text).toContain('变更备案');
    expect(text).toContain('摄像机60');
    expect(text).toContain('21010200001320000059');
    // The header row is drawn again on every page the table runs onto.
    expect(text.split('国标编码').length - 1).toBeGreaterThanOrEqual(pages - 1);
    expect(text).toContain(`第${pages}页共${pages}页`);
  });
});

describe.each(DATABASE_ENGINES)('printable forms through the API on %s', (engine) => {
  let g: GovernanceTest;
  beforeAll(async () => {
    g = await startGovernanceTest(engine);
  });
  afterAll(async () => {
    await g.close();
  });

  it('prints the filing form of a recorded filing from the registry and the rules in force (国家 第十四条第一款, 辽宁 第十二条)', async () => {
    const filed = await g.as.manager.post('/api/v1/filings', {
      systemId: g.systemId,
      kind: 'first',
      submittedAt: '2026-03-02',
      reference: '沈公和备〔2026〕3号',
      channel: '网上备案平台',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = String(filed.body['id']);
    const r = await getBytes(g.as.manager, `/api/v1/filings/${id}/form.pdf`);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('application/pdf');
    const text = pdfText(r.bytes);
    for (const s of [
      '公共安全视频图像信息系统备案登记表',
      '首次备案',
      '沈公和备〔2026〕3号',
      '辽宁省 沈阳市 和平区',
      '甲娱乐城（喆昇）',
      '91210102MA0TEST01X',
      '娱乐城视频监控系统',
      '2025年12月01日',
      '一层大厅',
      '文化、体育、娱乐场所',
      '图像采集设备共 2 台',
      '正门',
      '21010200001320000101',
      '收银台',
      '保存不少于 30 日（国家 第十七条）',
      '辽宁 第十二条',
      '国家 第十四条第一款',
      '网上备案平台',
      '本单位对其真实性负责',
    ]) {
      expect(text, s).toContain(squash(s));
    }
    // The police of the district print it too; a unit elsewhere does not see it.
    expect((await getBytes(g.as.officer, `/api/v1/filings/${id}/form.pdf`)).status).toBe(200);
    expect((await getBytes(g.as.outsider, `/api/v1/filings/${id}/form.pdf`)).status).toBe(404);
    expect((await getBytes(g.as.manager, '/api/v1/filings/nope/form.pdf')).status).toBe(404);
    const printed = await auditEvents(g.t, 'governance.document.print', g.systemId);
    expect(printed[0]?.details).toMatchObject({ document: 'filing_form', filingId: id });
  });

  it('prints the access register of a unit with who, when, what, why and where to (国家 第十六条第二款(三))', async () => {
    const register = g.t.psvis.delivery.register;
    const manager = await g.t.psvis.identity.actorFor('manager-user');
    await register.record(manager, {
      action: 'playback',
      cameraId: g.cameraIds[0],
      fromMs: Date.parse('2026-03-01T01:00:00Z'),
      toMs: Date.parse('2026-03-01T01:10:00Z'),
      purpose: '核查顾客财物丢失',
    });
    await register.record(manager, {
      action: 'export',
      cameraId: g.cameraIds[1],
      fromMs: Date.parse('2026-03-01T02:00:00Z'),
      toMs: Date.parse('2026-03-01T02:05:00Z'),
      purpose: '提供给派出所',
      destination: '和平区南市场派出所',
      caseNo: '沈公（和）受案〔2026〕77号',
      recordedBy: '值班员 刘洋',
    });
    const r = await getBytes(g.as.manager, `/api/v1/access-register/form.pdf?orgId=${g.unitId}`);
    expect(r.status).toBe(200);
    const text = pdfText(r.bytes);
    for (const s of [
      '公共安全视频图像信息查阅、复制、调取登记表',
      '甲娱乐城（喆昇）',
      '共 2 条',
      '回放查阅',
      '复制（导出）',
      '张经理',
      '核查顾客财物丢失',
      '和平区南市场派出所',
      '沈公（和）受案〔2026〕77号',
      '值班员刘洋',
      '正门',
      '收银台',
      '国家 第十六条第二款(三)',
      '辽宁 第十四条(四)',
    ]) {
      expect(text, s).toContain(squash(s));
    }
    // One camera only.
    const one = pdfText(
      (await getBytes(g.as.officer, `/api/v1/access-register/form.pdf?cameraId=${g.cameraIds[0]}`)).bytes,
    );
    expect(one).toContain('共1条');
    expect(one).not.toContain('和平区南市场派出所');
  });

  it('refuses the register form to a monitoring operator (403, audited) and to a unit elsewhere (404)', async () => {
    const op = await getBytes(g.as.operator, `/api/v1/access-register/form.pdf?orgId=${g.unitId}`);
    expect(op.status).toBe(403);
    expect(JSON.parse(op.bytes.toString())).toMatchObject({ code: 'PSVIS_ERR_FORBIDDEN' });
    expect(await auditEvents(g.t, 'governance.document.print.refused', g.unitId)).toHaveLength(1);
    expect((await getBytes(g.as.outsider, `/api/v1/access-register/form.pdf?orgId=${g.unitId}`)).status).toBe(404);
    expect((await getBytes(g.as.manager, '/api/v1/access-register/form.pdf')).status).toBe(400);
  });
});
