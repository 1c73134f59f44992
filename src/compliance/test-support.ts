import type { Subject, SubjectCamera, SubjectSite, SubjectSystem } from './subject.ts';

// Test support only (imported by *.test.ts): a small unit with one site, one system, one camera.

/** An instant on a Beijing calendar date (noon, so no time zone can move the date). */
export function day(date: string): Date {
  return new Date(`${date}T12:00:00+08:00`);
}

/** A unit running a shopping centre (a 国家 第七条第二款 place) with one camera kept 30 days. */
export function oneCameraUnit(
  over: {
    site?: Partial<SubjectSite>;
    system?: Partial<SubjectSystem>;
    camera?: Partial<SubjectCamera>;
  } & Partial<Omit<Subject, 'sites' | 'systems' | 'cameras'>> = {},
): Subject {
  const { site, system, camera, ...rest } = over;
  return {
    organizations: [{ id: 'org-1', kind: 'unit', name: '某商场有限公司', jurisdictionId: 'j-1', isGovernment: false }],
    sites: [
      { id: 'site-1', orgId: 'org-1', name: '商场', placeCategory: 'commercial_center', isPublic: true, ...site },
    ],
    systems: [
      {
        id: 'sys-1',
        orgId: 'org-1',
        name: '商场监控系统',
        governmentBuilt: false,
        maintenanceOutsourced: false,
        ...system,
      },
    ],
    cameras: [
      {
        id: 'cam-1',
        systemId: 'sys-1',
        siteId: 'site-1',
        locationCategory: 'entrance',
        important: false,
        signage: true,
        retentionDays: 30,
        ...camera,
      },
    ],
    filings: [],
    trainingRecords: [],
    faultTickets: [],
    accessRegister: [],
    advisoryMarks: [],
    ...rest,
  };
}
