import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialect } from '@nullpath/db';
import { createEmptyTestDatabase, type TestDatabase } from '@nullpath/testing';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const MAIN = join(REPO_ROOT, 'apps', 'cli', 'src', 'main.ts');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `nullpath` CLI in a child process. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = REPO_ROOT): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
}

/** Resolves with the collected stdout once `pattern` appears in it. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; got:\n${out}`)), timeoutMs);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`process exited with ${code} before ${pattern}; got:\n${out}`));
    });
  });
}

/**
 * Per-test database arguments for the CLI: a temp data dir, plus a fresh PostgreSQL database on
 * `postgres`. Call `cleanup()` in afterEach.
 */
export async function cliDatabase(dialect: Dialect): Promise<{ dataDir: string; pg: TestDatabase | undefined; args: string[]; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'np-cli-'));
  const pg = dialect === 'postgres' ? await createEmptyTestDatabase('postgres') : undefined;
  return {
    dataDir,
    pg,
    args: ['--data-dir', dataDir, ...(pg ? ['--database-url', pg.location] : [])],
    async cleanup() {
      await pg?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
