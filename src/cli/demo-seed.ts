import type { Actor } from '../identity/scope.ts';
import type { Registry } from '../registry/registry.ts';

/** What the demo seed created. */
export interface DemoSeed {
  orgId: string;
  systemId: string;
  cameraIds: string[];
}

/** The name the demo organization carries; seeding twice is refused by looking for it. */
export const DEMO_ORG_NAME = '示范商场 Demo Mall';

/**
 * A small, realistic unit for the demo and for `psvis check`: a mall in Shenyang under the
 * Liaoning profile, one system in use, cameras with the kinds of gaps the engine finds (no
 * signage on one, a retention set too short on none — the guards refuse that — and no filing).
 * Goes through the registry, so every record is validated and audited like any other.
 */
export async function seedDemo(
  registry: Registry,
  admin: Actor,
  opts: { streamUrl?: string; inUseAt: string },
): Promise<DemoSeed> {
  const existing = await registry.listOrganizations(admin, { limit: 1, q: DEMO_ORG_NAME });
  const found = existing.items[0];
  if (found !== undefined) {
    const systems = await registry.listSystems(admin, { limit: 1, orgId: found.id });
    const cams = await registry.listCameras(admin, { limit: 200, orgId: found.id });
    return { orgId: found.id, systemId: systems.items[0]?.id ?? '', cameraIds: cams.items.map((c) => c.id) };
  }
  const province = await registry.createJurisdiction(admin, {
    name: '辽宁省',
    level: 'province',
    code: '210000',
    profileId: 'liaoning-2008',
  });
  const city = await registry.createJurisdiction(admin, {
    name: '沈阳市',
    level: 'city',
    code: '210100',
    parentId: province.id,
  });
  const district = await registry.createJurisdiction(admin, {
    name: '和平区',
    level: 'district',
    code: '210102',
    parentId: city.id,
  });
  await registry.createOrganization(admin, {
    name: '沈阳市公安局和平分局',
    kind: 'police',
    jurisdictionId: district.id,
    isGovernment: true,
  });
  const org = await registry.createOrganization(admin, {
    name: DEMO_ORG_NAME,
    kind: 'unit',
    industry: 'commerce',
    jurisdictionId: district.id,
    address: '沈阳市和平区示范路1号',
    contactName: '张经理',
  });
  const site = await registry.createSite(admin, {
    orgId: org.id,
    name: '商场一层 Ground floor',
    placeCategory: 'culture_sports_entertainment',
    isPublic: true,
  });
  const system = await registry.createSystem(admin, {
    orgId: org.id,
    name: '商场视频监控系统 Mall video system',
    lifecycle: 'in_use',
    builtAt: opts.inUseAt,
    acceptedAt: opts.inUseAt,
    inUseAt: opts.inUseAt,
  });
  const cameras = [
    {
      name: '正门 Main entrance',
      deviceId: '21010200001320000001',
      locationCategory: 'entrance',
      signage: true,
      streamUrl: opts.streamUrl,
    },
    {
      name: '大厅 Lobby',
      deviceId: '21010200001320000002',
      locationCategory: 'lobby',
      signage: false,
      streamUrl: undefined,
    },
    {
      name: '停车场 Car park',
      deviceId: '21010200001320000003',
      locationCategory: 'parking_area',
      signage: true,
      streamUrl: undefined,
    },
  ];
  const cameraIds: string[] = [];
  for (const c of cameras) {
    const cam = await registry.createCamera(admin, {
      systemId: system.id,
      siteId: site.id,
      name: c.name,
      deviceId: c.deviceId,
      locationCategory: c.locationCategory,
      signage: c.signage,
      retentionDays: 30,
      ...(c.streamUrl !== undefined ? { mainStreamUrl: c.streamUrl } : {}),
      enabled: c.streamUrl !== undefined,
    });
    cameraIds.push(cam.id);
  }
  return { orgId: org.id, systemId: system.id, cameraIds };
}
