import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Dialect } from '@nullpath/db';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface ChildWorker {
  proc: ChildProcess;
  /** stdout lines so far. */
  lines: string[];
  waitForLine(re: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
}

/** Spawns test/worker-process.ts exactly as a `nullpath worker` would run: its own process and connections. */
export function spawnWorker(dialect: Dialect, location: string, mode: 'hang' | 'record', leaseMs: number, recordFile = ''): ChildWorker {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'packages/queue/test/worker-process.ts', dialect, location, mode, String(leaseMs), recordFile], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  let stderr = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    for (const w of waiters) w();
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let hasExited = false;
  const exited = new Promise<number | null>((resolve) =>
    proc.on('exit', (code) => {
      hasExited = true;
      for (const w of waiters) w();
      resolve(code);
    }),
  );

  function waitForLine(re: RegExp, timeoutMs = 15_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = lines.find((l) => re.test(l));
        if (hit !== undefined) {
          cleanup();
          resolve(hit);
        } else if (hasExited) {
          cleanup();
          reject(new Error(`child worker exited before printing a line matching ${re}; stderr: ${stderr}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`child worker printed no line matching ${re} in ${timeoutMs} ms; stdout: ${lines.join(' | ')}; stderr: ${stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  }
  return { proc, lines, waitForLine, exited };
}
