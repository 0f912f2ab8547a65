/**
 * A phase of a build: a child process, timed, its peak memory sampled. The site's build runs its
 * phases through it, and so does the benchmark's floor, so both are measured the same way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { resolve } from 'node:path';

export interface Phase {
  name: string;
  seconds: number;
  /** Peak resident memory of the phase's process, MB (sampled from /proc; null where unavailable). */
  peakMB: number | null;
}

export interface PhaseOptions {
  env?: NodeJS.ProcessEnv;
  /** Hide the child's output (its error output is still kept, for the failure's message). */
  quiet?: boolean;
  /** Scheduling priority: a phase beside another takes the CPU time the other leaves, rather than slowing it. */
  nice?: number;
  /** Open a message channel to the child. */
  ipc?: boolean;
  /** The program to run; by default this Node, with `args` starting with a script. */
  command?: string;
}

const ROOT = resolve(import.meta.dirname, '../..');

export function runPhase(
  name: string,
  args: string[],
  { env = {}, quiet = false, nice = 0, ipc = false, command = process.execPath }: PhaseOptions = {},
): {
  child: ChildProcess;
  done: Promise<Phase>;
} {
  const start = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe', ...(ipc ? ['ipc' as const] : [])],
  });
  const done = new Promise<Phase>((done, fail) => {
    if (nice && child.pid !== undefined) {
      try {
        setPriority(child.pid, nice);
      } catch {
        /* not permitted here: the build is only slower */
      }
    }
    let peakKB = 0;
    let stderr = '';
    child.stderr!.on('data', (d) => {
      stderr += d;
      if (!quiet) process.stderr.write(d);
    });
    const sample = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKB = Math.max(peakKB, Number(hwm[1]));
      } catch {
        /* the process has ended */
      }
    }, 25);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) fail(new Error(`${name} failed (exit ${code})${quiet ? `:\n${stderr.slice(-4000)}` : ''}`));
      else done({ name, seconds: (performance.now() - start) / 1000, peakMB: peakKB ? Math.round(peakKB / 1024) : null });
    });
  });
  return { child, done };
}
