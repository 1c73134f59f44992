// For tests of frame holders (hub, recorder): a lease (MediaFrame.lease) that counts its holds,
// so a test can see that every frame was released exactly once, or pinned.
import type { FrameLease } from './types.ts';

/** A lease that counts: refs starts at 1 (the producer's hold), releases past 0 are counted. */
export class CountingLease implements FrameLease {
  refs = 1;
  pinned = false;
  overReleased = 0;

  retain(): void {
    this.refs++;
  }

  release(): void {
    if (this.refs === 0) this.overReleased++;
    else this.refs--;
  }

  pin(): void {
    this.pinned = true;
  }
}
