import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { HubRegistry } from './registry.ts';
import { thrown } from '../../test/support/thrown.ts';

describe('HubRegistry', () => {
  const clock = new ManualClock('2025-03-01T08:00:00Z');

  it('creates one hub per camera and finds it again', () => {
    const registry = new HubRegistry({ clock });
    const hub = registry.create('34020000001320000001');
    expect(registry.get('34020000001320000001')).toBe(hub);
    expect(registry.get('34020000001320000002')).toBeUndefined();
    expect(thrown(() => registry.create('34020000001320000001'))).toMatchObject({
      code: 'PSVIS_ERR_HUB_EXISTS',
      httpStatus: 409,
    });
    expect(registry.cameraIds()).toEqual(['34020000001320000001']);
  });

  it('remove() closes the hub so its readers see the end', () => {
    const registry = new HubRegistry({ clock });
    const reader = registry.create('cam-a').addReader({ name: 'recorder', policy: 'never-drop' });
    expect(registry.remove('cam-a')).toBe(true);
    expect(registry.remove('cam-a')).toBe(false);
    expect(reader.read()).toMatchObject({ kind: 'end' });
    expect(registry.get('cam-a')).toBeUndefined();
  });

  it('close() closes every hub and refuses new ones', () => {
    const registry = new HubRegistry({ clock, gopCacheMaxBytes: 1024 });
    const a = registry.create('cam-a');
    registry.create('cam-b');
    registry.close();
    registry.close();
    expect(registry.cameraIds()).toEqual([]);
    expect(
      thrown(() => {
        a.markOnline();
      }),
    ).toMatchObject({ code: 'PSVIS_ERR_HUB_CLOSED' });
    expect(thrown(() => registry.create('cam-c'))).toMatchObject({ code: 'PSVIS_ERR_HUB_CLOSED' });
  });
});
