// The delivery component: the access register, snapshots and evidence exports, wired once in
// src/main.ts and handed to the playback and export routes. Live MSE, live HLS and the RTSP
// restream join here when ingest feeds the hub.
import { join } from 'node:path';
import type { AuditLog } from '../audit/audit-log.ts';
import type { InstallationKey } from '../audit/installation-key.ts';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import type { Role } from '../identity/roles.ts';
import { AccessRegister, type RegisterEnricher } from './access-register.ts';
import { EvidenceExports, type ExportOutput } from './export/export-service.ts';
import { Snapshots } from './snapshot.ts';

/** Roles that may watch, play back and snapshot their own unit's footage (police access comes with governance). */
export const VIEW_ROLES: readonly Role[] = ['admin', 'unit_manager', 'unit_operator', 'maintainer'];
/** Roles that may read a camera's timeline (no pictures): viewers and auditors. */
export const TIMELINE_ROLES: readonly Role[] = [...VIEW_ROLES, 'auditor'];
/** Roles that may export evidence (复制): the unit's managers until governance adds approved police requests. */
export const EXPORT_ROLES: readonly Role[] = ['admin', 'unit_manager'];

/** Options of the delivery component. */
export interface DeliveryOptions {
  audit: AuditLog;
  clock: Clock;
  key: InstallationKey;
  dataDir: string;
  recordingsDir: string;
  ffmpegPath?: string;
  openExportOutput?: (path: string) => Promise<ExportOutput>;
  /** Font of export watermarks (default: the first CJK-capable font installed, else DejaVu). */
  watermarkFontFile?: string;
  /** Fills register rows made under an access request (governance's access grants). */
  enrichRegister?: RegisterEnricher;
}

/** Register, snapshots and exports, with start()/close(). */
export interface Delivery {
  readonly register: AccessRegister;
  readonly snapshots: Snapshots;
  readonly exports: EvidenceExports;
  readonly recordingsDir: string;
  readonly db: Kysely<Database>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Builds the delivery component; nothing runs until start(). */
export function createDelivery(opts: DeliveryOptions): Delivery {
  const register = new AccessRegister(opts.audit, opts.clock, opts.enrichRegister);
  const snapshots = new Snapshots({
    db: opts.audit.db,
    recordingsDir: opts.recordingsDir,
    cacheDir: join(opts.dataDir, 'snapshots'),
    ...(opts.ffmpegPath !== undefined ? { ffmpegPath: opts.ffmpegPath } : {}),
  });
  const exports = new EvidenceExports({
    audit: opts.audit,
    register,
    clock: opts.clock,
    key: opts.key,
    recordingsDir: opts.recordingsDir,
    exportsDir: join(opts.dataDir, 'exports'),
    ...(opts.openExportOutput !== undefined ? { openOutput: opts.openExportOutput } : {}),
    ...(opts.ffmpegPath !== undefined ? { ffmpegPath: opts.ffmpegPath } : {}),
    ...(opts.watermarkFontFile !== undefined ? { watermarkFontFile: opts.watermarkFontFile } : {}),
  });
  return {
    register,
    snapshots,
    exports,
    recordingsDir: opts.recordingsDir,
    db: opts.audit.db,
    start: () => exports.start(),
    close: () => exports.close(),
  };
}
