import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_ENGINES } from '../../../test/support/databases.ts';
import { ADMIN_PASSWORD, startTestPsvis, type TestPsvis } from '../../../test/support/psvis.ts';
import { create } from '../../../test/support/registry.ts';
import { ManualClock } from '../../clock.ts';
import { ComplianceRecords } from '../../governance/records.ts';
import { buildApp } from '../app.ts';
import { complianceRoutes } from './compliance.ts';

interface FindingsBody {
  asOf: string;
  organizations: { orgId: string; findings: { ruleId: string; state: string }[] }[];
}

// The compliance routes on an app of their own, given the clock explicitly, over a started psvis's
// components and database: the findings a request without asOf gets are those of the clock's day.
describe.each(DATABASE_ENGINES)('GET /api/v1/compliance/findings without asOf on %s', (engine) => {
  const clock = new ManualClock('2020-01-01T04:00:00Z');
  let t: TestPsvis;
  let app: FastifyInstance;
  let orgId: string;
  beforeAll(async () => {
    t = await startTestPsvis(engine, { clock });
    const { identity, registry, compliance, audit } = t.psvis;
    app = await buildApp({ identity, log: pino({ level: 'silent' }), secureCookie: false, sessionTtlMs: 3_600_000 });
    complianceRoutes(app, {
      identity,
      registry,
      compliance,
      records: new ComplianceRecords(audit, clock, registry, () => false),
      clock,
    });
    await app.ready();
    const jurisdictionId = await create(t.admin, '/api/v1/jurisdictions', {
      name: '青岛市',
      level: 'city',
      profileId: 'qingdao-2010-rev2020',
    });
    orgId = await create(t.admin, '/api/v1/organizations', { name: '甲商场', kind: 'unit', jurisdictionId });
    await create(t.admin, '/api/v1/sites', { orgId, name: '一层', placeCategory: 'commercial_center' });
    await create(t.admin, '/api/v1/systems', { orgId, name: '系统', lifecycle: 'in_use', inUseAt: '2019-06-03' });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  const findings = async (query: string): Promise<FindingsBody> => {
    const r = await app.inject({
      method: 'GET',
      url: `/api/v1/compliance/findings?orgId=${orgId}${query}`,
      headers: { cookie: t.admin.cookie ?? '' },
    });
    expect(r.statusCode, r.body).toBe(200);
    return r.json<FindingsBody>();
  };

  it('checks against the rules in force on the clock’s day, not the machine’s: the national 条例 only from 2025-04-01', async () => {
    clock.set('2020-01-01T04:00:00Z');
    const before = await findings('');
    expect(before.asOf).toBe('2020-01-01T04:00:00.000Z');
    const ruleIds = (b: FindingsBody) => b.organizations[0]?.findings.map((f) => f.ruleId) ?? [];
    expect(ruleIds(before)).toContain('qd.place.mandatory');
    expect(ruleIds(before).filter((id) => id.startsWith('cn.'))).toEqual([]);
    expect(before.organizations).toEqual((await findings('&asOf=2020-01-01')).organizations);

    clock.set('2026-01-01T04:00:00Z');
    // Six years on, the session has expired with the clock.
    await t.admin.login('admin', ADMIN_PASSWORD);
    const after = await findings('');
    expect(after.asOf).toBe('2026-01-01T04:00:00.000Z');
    expect(ruleIds(after)).toContain('cn.place.mandatory');
    expect(after.organizations).toEqual((await findings('&asOf=2026-01-01')).organizations);
  });
});
