// The segment index: rows that extend each camera's hash chain, and the gap rows beside them.
import type { Kysely, Selectable } from 'kysely';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { Clock } from '../clock.ts';
import type { DialectName } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import type { Database, RecordingSegmentTable } from '../db/schema.ts';
import { CHAIN_GENESIS, segmentChainHash } from './chain.ts';

/** One fragment of a segment: [offsetBytes, startMsFromSegmentStart, keyframe 0/1]. */
export type FragmentEntry = readonly [offsetBytes: number, startMs: number, keyframe: 0 | 1];

/** A segment row as stored. */
export type SegmentRow = Selectable<RecordingSegmentTable>;

/** Why a camera has no footage for a while. */
export type GapCause = 'offline' | 'overrun' | 'disk_full' | 'paused' | 'crash' | 'stall';

/** A file that is closed and hashed, ready to be indexed. */
export interface SegmentToIndex {
  cameraId: string;
  node: string;
  path: string;
  startWallMs: number;
  durationMs: number;
  bytes: number;
  frames: number;
  fragments: readonly FragmentEntry[];
  sha256: string;
  status: 'sealed' | 'recovered';
}

/** Reads and appends index rows; one instance is shared by every writer of a node. */
export class SegmentIndex {
  constructor(
    readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly clock: Clock,
  ) {}

  /** Appends a segment at the end of its camera's chain (seq, prev_sha256 and chain_hash are computed here). */
  async append(s: SegmentToIndex): Promise<SegmentRow> {
    return this.db.transaction().execute(async (trx) => {
      const head = await trx
        .selectFrom('recording_segments')
        .select(['seq', 'sha256', 'chain_hash'])
        .where('camera_id', '=', s.cameraId)
        .orderBy('seq', 'desc')
        .limit(1)
        .$if(this.dialect === 'postgres', (q) => q.forUpdate())
        .executeTakeFirst();
      const fields = {
        camera_id: s.cameraId,
        seq: (head?.seq ?? 0) + 1,
        path: s.path,
        start_time: new Date(s.startWallMs).toISOString(),
        end_time: new Date(s.startWallMs + s.durationMs).toISOString(),
        duration_ms: s.durationMs,
        bytes: s.bytes,
        frames: s.frames,
        fragments: JSON.stringify(s.fragments),
        sha256: s.sha256,
        prev_sha256: head?.sha256 ?? CHAIN_GENESIS,
      };
      const row: SegmentRow = {
        ...fields,
        id: newId(this.clock.now().getTime()),
        node: s.node,
        chain_hash: segmentChainHash(head?.chain_hash ?? CHAIN_GENESIS, fields),
        status: s.status,
        created_at: this.clock.now().toISOString(),
        deleted_at: null,
      };
      // The unique (camera_id, seq) index makes a second writer's append fail instead of forking the chain.
      await trx.insertInto('recording_segments').values(row).execute();
      return row;
    });
  }

  /** Records a gap; returns its id so an open-ended gap (disk full) can be extended later. */
  async addGap(
    cameraId: string,
    startWallMs: number,
    endWallMs: number,
    cause: GapCause,
    details: Record<string, unknown> = {},
  ): Promise<string> {
    const id = newId(this.clock.now().getTime());
    await this.db
      .insertInto('recording_gaps')
      .values({
        id,
        camera_id: cameraId,
        start_time: new Date(startWallMs).toISOString(),
        end_time: new Date(Math.max(startWallMs, endWallMs)).toISOString(),
        cause,
        details: canonicalJson(details),
        created_at: this.clock.now().toISOString(),
      })
      .execute();
    return id;
  }

  /** Moves the end of a gap recorded while it was still going on. */
  async extendGap(id: string, endWallMs: number): Promise<void> {
    await this.db
      .updateTable('recording_gaps')
      .set({ end_time: new Date(endWallMs).toISOString() })
      .where('id', '=', id)
      .execute();
  }

  /** Every segment row of a camera in chain order (tombstones included). */
  async chain(cameraId: string): Promise<SegmentRow[]> {
    return this.db
      .selectFrom('recording_segments')
      .selectAll()
      .where('camera_id', '=', cameraId)
      .orderBy('seq', 'asc')
      .execute();
  }

  /** Cameras that have at least one segment row. */
  async cameraIds(): Promise<string[]> {
    const rows = await this.db.selectFrom('recording_segments').select('camera_id').distinct().execute();
    return rows.map((r) => r.camera_id);
  }
}
