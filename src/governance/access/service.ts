// The access component: requests, sittings, the footage gate and the register sheet over one
// store, built once in src/main.ts and handed to the access-request, playback, export and live routes.
import type { AuditLog } from '../../audit/audit-log.ts';
import type { Clock } from '../../clock.ts';
import type { RegisterEnricher } from '../../delivery/access-register.ts';
import type { FootageGate } from '../../delivery/footage-gate.ts';
import type { Actor } from '../../identity/scope.ts';
import type { Registry } from '../../registry/registry.ts';
import { registerSheet } from './register-sheet.ts';
import { AccessRequests } from './requests.ts';
import type { RegisterSheet } from './schemas.ts';
import { AccessSittings, type PasswordCheck } from './sittings.ts';
import { AccessStore } from './store.ts';

/** Options of the access component. */
export interface AccessGovernanceOptions {
  audit: AuditLog;
  clock: Clock;
  registry: Registry;
  /** Identity.checkPassword: the second officer's confirmation, throttled and audited like a login. */
  checkPassword: PasswordCheck;
  /** Where approval document scans are kept. */
  documentsDir: string;
}

/** Footage access requests (查阅/复制/调取), direct connection and citizens' requests, with their grants. */
export class AccessGovernance {
  readonly requests: AccessRequests;
  readonly sittings: AccessSittings;
  /** What the footage routes ask before their role check. */
  readonly gate: FootageGate;
  /** What the access register calls to fill rows made under a grant. */
  readonly enrichRegister: RegisterEnricher;
  private readonly store: AccessStore;

  constructor(private readonly opts: AccessGovernanceOptions) {
    this.store = new AccessStore(opts.audit);
    this.requests = new AccessRequests({
      store: this.store,
      clock: opts.clock,
      registry: opts.registry,
      documentsDir: opts.documentsDir,
    });
    this.sittings = new AccessSittings({ store: this.store, clock: opts.clock, checkPassword: opts.checkPassword });
    this.gate = this.sittings.gate;
    this.enrichRegister = this.sittings.enrichRegister;
  }

  /** The register rows of one request, with the fields its jurisdiction names. */
  registerSheet(actor: Actor, id: string): Promise<RegisterSheet> {
    return registerSheet(this.store, this.opts.clock, actor, id);
  }
}
