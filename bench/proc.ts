// CPU and memory figures from Linux /proc (proc(5)), for processes the benchmark did not write.
import { readFile } from 'node:fs/promises';

/** Linux USER_HZ: /proc counts CPU time in these ticks (getconf CLK_TCK says 100 here). */
export const PROC_TICKS_PER_SECOND = 100;

/** CPU ticks (utime + stime) and RSS of one process from /proc; undefined once it has exited. */
export async function readProc(pid: number): Promise<{ cpuTicks: number; rssBytes: number } | undefined> {
  try {
    const [stat, status] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile(`/proc/${pid}/status`, 'utf8'),
    ]);
    // proc(5): the command name is in parentheses and may hold spaces; fields 14 and 15 follow it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
    return { cpuTicks, rssBytes: rssKb * 1024 };
  } catch {
    // ENOENT: the process is gone, and its CPU time with it; the caller counts live processes.
    return undefined;
  }
}

/** CPU time the whole machine spent busy (all but idle and iowait) and in total, in ticks. */
export async function readMachineCpu(): Promise<{ busyTicks: number; totalTicks: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  // proc(5): cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is in user).
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const totalTicks = ticks.reduce((n, t) => n + t, 0);
  const idleTicks = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busyTicks: totalTicks - idleTicks, totalTicks };
}
