import { expect } from 'vitest';
import type { ApiClient } from './psvis.ts';

/** What `seedUnit` registered. */
export interface SeededUnit {
  jurisdictionId: string;
  orgId: string;
  siteId: string;
  systemId: string;
  cameraIds: string[];
}

/** POSTs a body and returns the new record's id, failing the test with the answer otherwise. */
export async function create(client: ApiClient, path: string, body: unknown): Promise<string> {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return String(r.body['id']);
}

/**
 * Registers, through the API, a unit in a Shenyang jurisdiction under the Liaoning profile with one
 * site (a 国家 第七条 place), one system in use and a camera per stream URL: the set-up tests that
 * record, play back or restream need.
 */
export async function seedUnit(
  client: ApiClient,
  streamUrls: readonly string[],
  opts: { orgName?: string } = {},
): Promise<SeededUnit> {
  const jurisdictionId = await create(client, '/api/v1/jurisdictions', {
    name: '沈阳市',
    level: 'city',
    profileId: 'liaoning-2008',
  });
  const orgId = await create(client, '/api/v1/organizations', {
    name: opts.orgName ?? '甲商场',
    kind: 'unit',
    jurisdictionId,
  });
  const siteId = await create(client, '/api/v1/sites', {
    orgId,
    name: '一层',
    placeCategory: 'culture_sports_entertainment',
  });
  const systemId = await create(client, '/api/v1/systems', {
    orgId,
    name: '系统',
    lifecycle: 'in_use',
    inUseAt: '2026-01-05',
  });
  const cameraIds: string[] = [];
  for (const [n, url] of streamUrls.entries()) {
    cameraIds.push(
      await create(client, '/api/v1/cameras', {
        systemId,
        siteId,
        name: `摄像机 ${n + 1}`,
        deviceId: `21010200001320${String(n + 1).padStart(6, '0')}`,
        locationCategory: 'entrance',
        mainStreamUrl: url,
      }),
    );
  }
  return { jurisdictionId, orgId, siteId, systemId, cameraIds };
}
