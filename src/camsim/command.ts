// `psvis camsim`: serves simulated RTSP cameras until SIGINT/SIGTERM. The CLI calls
// runCamsimCommand with the arguments after "camsim".
import { parseArgs } from 'node:util';
import { isPsvisError, PsvisError } from '../errors/psvis-error.ts';
import { FAULT_KINDS, parseFault, STALL_FLOW_S, type Fault } from './faults.ts';
import { CAMERA_PROFILES, MIXED_PROFILE, profileNames } from './profiles.ts';
import { CameraSimulator, MAX_CAMERAS } from './simulator.ts';

/** Default RTSP port of the simulator (RTSP's own 554 needs privileges; 8554 is the usual stand-in). */
export const DEFAULT_CAMSIM_PORT = 8554;
/** Cameras listed one per line at start; beyond this, only the range is printed. */
const MAX_LISTED_CAMERAS = 12;

/** Where the command prints. */
export interface CamsimIo {
  out(line: string): void;
  err(line: string): void;
}

/** Test hooks: stop without a process signal, see the running simulator. */
export interface CamsimRunOptions {
  readonly signal?: AbortSignal;
  readonly onReady?: (simulator: CameraSimulator) => void;
}

/** The --help text. */
export const CAMSIM_HELP = `Usage: psvis camsim [--cameras N] [--port P] [--host H] [--profile NAME] [--fault KIND:SECONDS]...

Serves N simulated RTSP cameras at rtsp://H:P/cam/1..N from the clips in fixtures/, looped with
continuous RTP timestamps, until SIGINT or SIGTERM.

  --cameras N        number of cameras, 1..${MAX_CAMERAS} (default 1)
  --port P           RTSP port (default ${DEFAULT_CAMSIM_PORT})
  --host H           address to listen on (default 127.0.0.1)
  --profile NAME     clips every camera sends (default ${MIXED_PROFILE}: cameras cycle through
                     1080p-h264-pcma, 720p-h264-aac, 720p-h265):
${CAMERA_PROFILES.map((p) => `                       ${p.name.padEnd(16)} ${p.description}`).join('\n')}
  --fault KIND:S     a fault on every camera; repeat for several:
                       drop:S        close every client connection every S seconds
                       stall:S       send nothing for S seconds (connections stay open),
                                     after every ${STALL_FLOW_S} s of streaming
                       resolution:S  switch between 1080p and 720p every S seconds
                                     (H.264 profiles; new SPS/PPS in-band)
                       garbage:S     send a burst of garbage packets every S seconds
  -h, --help         this help`;

function usage(message: string): PsvisError {
  return new PsvisError('PSVIS_ERR_CAMSIM_OPTIONS', message);
}

function integer(text: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw usage(`${name} must be an integer in ${min}..${max}`);
  return value;
}

interface ParsedArgs {
  readonly help: boolean;
  readonly cameras: number;
  readonly port: number;
  readonly host: string;
  readonly profile: string;
  readonly faults: Fault[];
}

function parseCamsimArgs(args: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        cameras: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        profile: { type: 'string' },
        fault: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw usage(err instanceof Error ? err.message : String(err));
  }
  const profile = values.profile ?? MIXED_PROFILE;
  if (!profileNames().includes(profile)) throw usage(`unknown profile "${profile}": use ${profileNames().join('|')}`);
  const faults = (values.fault ?? []).map(parseFault);
  const kinds = new Set(faults.map((f) => f.kind));
  if (kinds.size !== faults.length) throw usage(`each fault kind (${FAULT_KINDS.join(', ')}) at most once`);
  return {
    help: values.help === true,
    cameras: integer(values.cameras, '--cameras', 1, MAX_CAMERAS, 1),
    port: integer(values.port, '--port', 0, 65535, DEFAULT_CAMSIM_PORT),
    host: values.host ?? '127.0.0.1',
    profile,
    faults,
  };
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    signal?.addEventListener('abort', stop);
  });
}

/** Runs `psvis camsim ARGS`: 0 after a clean stop, 2 on bad input, 1 when serving fails. */
export async function runCamsimCommand(args: string[], io: CamsimIo, options: CamsimRunOptions = {}): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseCamsimArgs(args);
  } catch (err) {
    if (!isPsvisError(err)) throw err;
    io.err(`psvis camsim: ${err.message} (${err.code})`);
    return 2;
  }
  if (parsed.help) {
    io.out(CAMSIM_HELP);
    return 0;
  }
  const simulator = new CameraSimulator({
    cameras: parsed.cameras,
    port: parsed.port,
    host: parsed.host,
    profile: parsed.profile,
    faults: parsed.faults,
    onError: (err) => {
      io.err(`psvis camsim: a camera failed: ${err instanceof Error ? err.message : String(err)}`);
    },
  });
  try {
    await simulator.start();
  } catch (err) {
    await simulator.close();
    const code = isPsvisError(err) ? ` (${err.code})` : '';
    io.err(`psvis camsim: cannot serve: ${err instanceof Error ? err.message : String(err)}${code}`);
    return 1;
  }
  const n = parsed.cameras;
  const faults = parsed.faults.length === 0 ? 'none' : parsed.faults.map((f) => `${f.kind}:${f.seconds}`).join(', ');
  io.out(
    `camsim: ${n} camera(s) at ${simulator.url(1).replace(/\/1$/, '')}/1..${n} (profile ${parsed.profile}, faults ${faults})`,
  );
  for (const camera of simulator.cameras.slice(0, MAX_LISTED_CAMERAS)) {
    io.out(`  ${simulator.url(camera.number)}  ${camera.stats.videoClip}`);
  }
  if (n > MAX_LISTED_CAMERAS) io.out(`  ... up to ${simulator.url(n)}`);
  options.onReady?.(simulator);
  await waitForStop(options.signal);
  const stats = simulator.serverStats;
  await simulator.close();
  io.out(
    `camsim: stopped (${stats?.sentPackets ?? 0} packets sent, ${stats?.droppedPackets ?? 0} dropped for slow clients)`,
  );
  return 0;
}
