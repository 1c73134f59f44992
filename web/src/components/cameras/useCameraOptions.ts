import { useMemo } from 'react';
import { useAll } from '../../pages/registry/lists.ts';

/** A group of a camera select: one unit and its cameras. */
export interface CameraGroup {
  label: string;
  title: string;
  options: { value: string; label: string }[];
}

/**
 * The cameras in the user's scope, grouped by unit (one request covers the cameras of one unit),
 * for the selects of the request forms.
 */
export function useCameraOptions(): { groups: CameraGroup[]; loading: boolean; names: Map<string, string> } {
  const cameras = useAll('/api/v1/cameras');
  const orgs = useAll('/api/v1/organizations');
  return useMemo(() => {
    const orgName = new Map((orgs.data ?? []).map((o) => [o.id, o.name]));
    const byOrg = new Map<string, CameraGroup>();
    for (const c of cameras.data ?? []) {
      const name = orgName.get(c.orgId) ?? c.orgId;
      const group = byOrg.get(c.orgId) ?? { label: name, title: name, options: [] };
      group.options.push({ value: c.id, label: c.name });
      byOrg.set(c.orgId, group);
    }
    return {
      groups: [...byOrg.values()],
      loading: cameras.isPending,
      names: new Map((cameras.data ?? []).map((c) => [c.id, c.name])),
    };
  }, [cameras.data, cameras.isPending, orgs.data]);
}
