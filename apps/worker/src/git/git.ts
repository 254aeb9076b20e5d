import { execFile } from 'node:child_process';
import { redactCredentials } from '@nullpath/core';

/** No prompts, no system config, batch ssh (protocols are pinned per remote by the outbound guard). */
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new',
  GIT_CONFIG_NOSYSTEM: '1',
};

export class GitError extends Error {}

/** Runs git; errors carry git's own message with any credentials removed. */
export function git(args: string[], opts: { cwd?: string; signal?: AbortSignal; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: opts.cwd,
        env: { ...process.env, ...GIT_ENV, ...opts.env },
        timeout: opts.timeoutMs ?? 600_000,
        maxBuffer: 256 * 1024 * 1024,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
      (err, stdout, stderr) => {
        if (err) {
          if (opts.signal?.aborted) return reject(new GitError('cancelled'));
          const line = String(stderr).split('\n').find((l) => /fatal|error/i.test(l)) ?? err.message;
          return reject(new GitError(redactCredentials(line.replace(/^(fatal|error):\s*/i, '').trim()).slice(0, 500)));
        }
        resolve(String(stdout));
      },
    );
  });
}
