// Fault options of a simulated camera: the ways real cameras misbehave that ingest and
// recording must survive (connection drops, encoder stalls, resolution changes, corrupt data).
import { PsvisError } from '../errors/psvis-error.ts';

/** Seconds a camera streams between two stalls of the `stall:N` fault. */
export const STALL_FLOW_S = 10;
/** Longest period or stall a fault accepts (one day). */
export const MAX_FAULT_S = 86_400;

/** One periodic fault; `seconds` is the period, except for stall where it is the stall's length. */
export type Fault =
  /** Close every client's connection every `seconds`. */
  | { readonly kind: 'drop'; readonly seconds: number }
  /** Send nothing for `seconds` (connections stay open), after every STALL_FLOW_S of streaming. */
  | { readonly kind: 'stall'; readonly seconds: number }
  /** Switch between the camera's two picture sizes every `seconds` (new SPS/PPS in-band). */
  | { readonly kind: 'resolution'; readonly seconds: number }
  /** Send a burst of garbage packets every `seconds`. */
  | { readonly kind: 'garbage'; readonly seconds: number };

/** The fault kinds, for help texts and validation. */
export const FAULT_KINDS = ['drop', 'stall', 'resolution', 'garbage'] as const;

/** Parses `drop:10`, `stall:5`, `resolution:8` or `garbage:7`. */
export function parseFault(text: string): Fault {
  const m = /^([a-z]+):(\d+(?:\.\d+)?)$/.exec(text.trim());
  const kind = m?.[1];
  const seconds = Number(m?.[2]);
  if (m === null || kind === undefined || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw new PsvisError('PSVIS_ERR_CAMSIM_FAULT', `unknown fault "${text}": use ${FAULT_KINDS.join('|')}:SECONDS`, {
      fault: text,
    });
  }
  if (!(seconds > 0 && seconds <= MAX_FAULT_S)) {
    throw new PsvisError('PSVIS_ERR_CAMSIM_FAULT', `fault "${text}": seconds must be in (0, ${MAX_FAULT_S}]`, {
      fault: text,
    });
  }
  return { kind: kind as Fault['kind'], seconds };
}

/** When each fault of a camera fires next, on the simulator's monotonic clock. */
export class FaultTimeline {
  private readonly nextAtMs = new Map<Fault['kind'], number>();
  private stallUntilMs = -Infinity;

  constructor(
    private faults: readonly Fault[],
    nowMs: number,
  ) {
    this.reset(faults, nowMs);
  }

  /** The faults in force. */
  get current(): readonly Fault[] {
    return this.faults;
  }

  /** Replaces the faults; periods count from `nowMs`. */
  reset(faults: readonly Fault[], nowMs: number): void {
    this.faults = faults;
    this.nextAtMs.clear();
    this.stallUntilMs = -Infinity;
    for (const f of faults) {
      this.nextAtMs.set(f.kind, nowMs + (f.kind === 'stall' ? STALL_FLOW_S : f.seconds) * 1000);
    }
  }

  /** The faults whose time has come, each at most once per call; a stall also sets `stalledUntilMs`. */
  due(nowMs: number): Fault[] {
    const fired: Fault[] = [];
    for (const f of this.faults) {
      const at = this.nextAtMs.get(f.kind);
      if (at === undefined || at > nowMs) continue;
      if (f.kind === 'stall') {
        this.stallUntilMs = at + f.seconds * 1000;
        this.nextAtMs.set(f.kind, this.stallUntilMs + STALL_FLOW_S * 1000);
      } else {
        // Late ticks do not fire a burst of catch-up faults: the next one is a period from now.
        this.nextAtMs.set(f.kind, Math.max(at + f.seconds * 1000, nowMs + 1));
      }
      fired.push(f);
    }
    return fired;
  }

  /** Monotonic time until which a scheduled stall keeps the camera silent. */
  get stalledUntilMs(): number {
    return this.stallUntilMs;
  }
}
