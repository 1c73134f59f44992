// Short text summaries of V8 profiles taken by the pipeline benchmark: the functions with the
// most self time (CPU profile) and the places that allocate the most (heap sampling profile).
// The full profiles are written beside them for Chrome DevTools or speedscope.

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

/** The parts of a V8 CPU profile (Profiler.stop) the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: CallFrame; readonly hitCount?: number }[];
  readonly samples?: readonly number[];
}

/** The parts of a V8 sampling heap profile (HeapProfiler.stopSampling) the summary reads. */
export interface HeapProfile {
  readonly head: HeapNode;
}

interface HeapNode {
  readonly callFrame: CallFrame;
  readonly selfSize: number;
  readonly children: readonly HeapNode[];
}

function where(frame: CallFrame): string {
  const file = frame.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/').replace(/^node:/, '');
  const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
  return file === '' ? name : `${name} ${file}:${frame.lineNumber + 1}`;
}

function top(totals: Map<string, number>, count: number, sum: number, unit: (n: number) => string): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `    ${((100 * v) / sum).toFixed(1).padStart(5)} %  ${unit(v).padStart(9)}  ${k}`);
}

/** The `count` functions with the most self time, as lines. */
export function summarizeCpuProfile(profile: CpuProfile, count: number): string[] {
  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const totals = new Map<string, number>();
  let sum = 0;
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? node.hitCount ?? 0;
    if (n === 0) continue;
    const key = where(node.callFrame);
    totals.set(key, (totals.get(key) ?? 0) + n);
    sum += n;
  }
  return ['self time by function (samples):', ...top(totals, count, sum, (n) => String(n))];
}

/** The `count` places that allocated the most sampled bytes, as lines. */
export function summarizeHeapProfile(profile: HeapProfile, count: number): string[] {
  const totals = new Map<string, number>();
  let sum = 0;
  const stack: HeapNode[] = [profile.head];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.selfSize > 0) {
      const key = where(node.callFrame);
      totals.set(key, (totals.get(key) ?? 0) + node.selfSize);
      sum += node.selfSize;
    }
    stack.push(...node.children);
  }
  return [
    'heap allocation by place (sampled bytes):',
    ...top(totals, count, sum, (n) => `${(n / 1024).toFixed(0)} KiB`),
  ];
}
