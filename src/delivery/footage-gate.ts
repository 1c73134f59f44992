// The contract between the footage routes and the access grants governance keeps: police and
// other organs' officers see footage only through a grant, in a sitting both named officers
// confirmed (安徽 第二十二条, 辽宁 第十八条, 青岛 第二十四条), and only the granted cameras and
// ranges (国家 第二十条: 不得超出履行法定职责所必需的范围和限度). Delivery defines it; governance
// implements it; the routes ask it before their own role check.
import { createHash } from 'node:crypto';
import type { Actor } from '../identity/scope.ts';

/** What a route is about to do with a camera's footage. */
export type FootageUse = 'timeline' | 'playback' | 'file' | 'snapshot' | 'export' | 'live';

/** The access a route asks the gate about; ranges in wall-clock ms (a snapshot: from === to). */
export interface FootageAccess {
  cameraId: string;
  use: FootageUse;
  fromMs?: number | undefined;
  toMs?: number | undefined;
}

/** A grant that allows the access, with what its register rows and exports take from the request. */
export interface FootageGrant {
  accessRequestId: string;
  /** 用途, 去向, the requesting organ and its case number, as the request states them. */
  purpose: string;
  destination: string | null;
  requestingUnit: string;
  caseNo: string | null;
}

/** Decides footage access for the roles that need a grant; everyone else keeps the route's role rules. */
export interface FootageGate {
  /**
   * null when no grant is involved (the route applies its role rules); the grant when it allows
   * the access; otherwise it audits the refusal and throws it (PSVIS_ERR_SITTING_REQUIRED,
   * PSVIS_ERR_GRANT_SCOPE, PSVIS_ERR_GRANT_EXPIRED).
   */
  check(actor: Actor, binding: string | null, access: FootageAccess): Promise<FootageGrant | null>;
  /**
   * For a recorded file: throws the audited refusal unless bytes [start, end] lie in the file's
   * init segment or in fragments of the granted ranges (from the keyframe each needs to decode).
   */
  checkFileBytes(
    actor: Actor,
    grant: FootageGrant,
    file: { cameraId: string; segmentId: string; start: number; end: number },
  ): Promise<void>;
}

/** The value a sitting is bound to: SHA-256 of the session cookie, so it works in that session only. */
export function sessionBinding(cookieToken: string | undefined): string | null {
  return cookieToken === undefined ? null : createHash('sha256').update(`sitting\n${cookieToken}`).digest('hex');
}
