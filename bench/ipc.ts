// Request/response over Node's IPC channel between the benchmark and its child processes (the
// RTSP source and the psvis worker), so each side's CPU and memory are its own process's alone.
import { fork, type ChildProcess } from 'node:child_process';

/** How long a child may take to load its modules and say it is ready. */
export const CHILD_READY_TIMEOUT_MS = 30_000;
/** How long one request may take (closing 300 recorders and querying the index included). */
export const REQUEST_TIMEOUT_MS = 120_000;
/** How long a child has to exit after its channel closes before it is killed. */
export const CHILD_EXIT_TIMEOUT_MS = 10_000;

/** A request from the benchmark to a child. */
export interface IpcRequest {
  readonly id: number;
  readonly method: string;
  readonly params: unknown;
}

/** A child's answer to one request. */
export type IpcResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** What a child serves: method name → handler. */
export type IpcHandlers = Readonly<Record<string, (params: unknown) => Promise<unknown>>>;

/** CPU time and memory of a process at one moment. */
export interface ProcessSample {
  /** Monotonic milliseconds (performance.now of the process that sampled). */
  readonly atMs: number;
  /** User plus system CPU time so far, microseconds. */
  readonly cpuMicros: number;
  readonly rssBytes: number;
}

/** This process's CPU time and RSS now. */
export function sampleSelf(): ProcessSample {
  const cpu = process.cpuUsage();
  return { atMs: performance.now(), cpuMicros: cpu.user + cpu.system, rssBytes: process.memoryUsage.rss() };
}

function isRequest(message: unknown): message is IpcRequest {
  const m = message as Partial<IpcRequest> | null;
  return typeof m === 'object' && m !== null && typeof m.id === 'number' && typeof m.method === 'string';
}

/**
 * Child side: answers requests with `handlers`, tells the parent it is ready, and exits when the
 * parent goes away (so a killed benchmark leaves no recorder or source running).
 */
export function serveIpc(handlers: IpcHandlers, onDisconnect: () => Promise<void>): void {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('this process must be started by bench/record.ts (no IPC channel)');
  process.on('message', (message: unknown) => {
    if (!isRequest(message)) return;
    const handler = handlers[message.method];
    const run =
      handler === undefined ? Promise.reject(new Error(`unknown method ${message.method}`)) : handler(message.params);
    run.then(
      (result: unknown) => send({ id: message.id, ok: true, result } satisfies IpcResponse),
      (err: unknown) =>
        send({
          id: message.id,
          ok: false,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        } satisfies IpcResponse),
    );
  });
  process.on('disconnect', () => {
    void onDisconnect().finally(() => process.exit(0));
  });
  send({ id: 0, ok: true, result: 'ready' } satisfies IpcResponse);
}

/** Parent side: a forked TypeScript child and typed calls into it. */
export class ChildRpc {
  private readonly child: ChildProcess;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly ready: Promise<void>;
  private exited = false;

  constructor(
    readonly name: string,
    modulePath: string,
    args: readonly string[],
    extraExecArgv: readonly string[] = [],
  ) {
    // tsx as an import hook, so the child runs the .ts sources the way `npm run bench:record` does.
    this.child = fork(modulePath, [...args], {
      execArgv: ['--import', 'tsx', ...extraExecArgv],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`${name} did not start within ${CHILD_READY_TIMEOUT_MS} ms`));
      }, CHILD_READY_TIMEOUT_MS);
      this.child.on('message', (message: unknown) => {
        const m = message as IpcResponse;
        if (m.id === 0) {
          clearTimeout(timer);
          resolve();
          return;
        }
        const waiter = this.pending.get(m.id);
        if (waiter === undefined) return;
        this.pending.delete(m.id);
        if (m.ok) waiter.resolve(m.result);
        else waiter.reject(new Error(`${name}: ${m.error}`));
      });
      // Send failures reach call()'s callback; this keeps an unexpected one from crashing the benchmark.
      this.child.on('error', (err) => {
        for (const waiter of this.pending.values()) waiter.reject(err);
        this.pending.clear();
      });
      this.child.on('exit', (code, signal) => {
        this.exited = true;
        clearTimeout(timer);
        const err = new Error(`${name} exited (code ${String(code)}, signal ${String(signal)})`);
        reject(err);
        for (const waiter of this.pending.values()) waiter.reject(err);
        this.pending.clear();
      });
    });
  }

  /** The child's process id. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Resolves once the child has loaded and serves requests. */
  async started(): Promise<void> {
    await this.ready;
  }

  /** Calls `method` in the child; the result is whatever its handler returned, as JSON. */
  async call<T>(method: string, params: unknown = null): Promise<T> {
    if (this.exited) throw new Error(`${this.name} is not running`);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: ${method} took longer than ${REQUEST_TIMEOUT_MS} ms`));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ id, method, params } satisfies IpcRequest, (err) => {
        // The channel closed under the call (the child died or is being stopped).
        if (err !== null) this.pending.get(id)?.reject(err);
      });
    });
  }

  /** Closes the channel (the child cleans up and exits) and kills it if it has not exited in time. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => {
      this.child.once('exit', () => {
        resolve();
      });
    });
    if (this.child.connected) this.child.disconnect();
    const timer = setTimeout(() => {
      this.child.kill('SIGKILL');
    }, CHILD_EXIT_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
