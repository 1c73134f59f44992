import type { Clock } from '../clock.ts';
import { PsvisError } from '../errors/psvis-error.ts';
import { Hub, type HubOptions } from './hub.ts';

/** Settings every hub the registry creates shares. */
export type HubRegistryOptions = Omit<HubOptions, 'cameraId'> & { readonly clock: Clock };

/** Camera id → Hub: ingest creates a camera's hub, delivery and recording look it up. */
export class HubRegistry {
  private readonly hubs = new Map<string, Hub>();
  private closed = false;

  constructor(private readonly options: HubRegistryOptions) {}

  /** The camera's hub, or undefined when it has none (camera not started). */
  get(cameraId: string): Hub | undefined {
    return this.hubs.get(cameraId);
  }

  /** Creates the camera's hub; a second hub for one camera would split its readers, so it throws. */
  create(cameraId: string): Hub {
    if (this.closed) {
      throw new PsvisError('PSVIS_ERR_HUB_CLOSED', `camera ${cameraId}: the hub registry is closed`, { cameraId }, 503);
    }
    if (this.hubs.has(cameraId)) {
      throw new PsvisError('PSVIS_ERR_HUB_EXISTS', `camera ${cameraId} already has a hub`, { cameraId }, 409);
    }
    const hub = new Hub({ ...this.options, cameraId });
    this.hubs.set(cameraId, hub);
    return hub;
  }

  /** Closes and forgets the camera's hub (its readers get 'end'); false when there was none. */
  remove(cameraId: string): boolean {
    const hub = this.hubs.get(cameraId);
    if (hub === undefined) return false;
    this.hubs.delete(cameraId);
    hub.close();
    return true;
  }

  /** Camera ids with a hub. */
  cameraIds(): string[] {
    return [...this.hubs.keys()];
  }

  /** Closes every hub; create() throws afterwards. Idempotent. */
  close(): void {
    this.closed = true;
    for (const id of [...this.hubs.keys()]) this.remove(id);
  }
}
