import { execFile } from 'node:child_process';
import { redactCredentials } from '@nullpath/core';
import type { GitCredentials } from '@nullpath/services';

/** Only real transports: `ext::` would run commands (NOTE(git-protocols)). No prompts, ever. */
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ALLOW_PROTOCOL: 'file:git:http:https:ssh',
  GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new',
  GIT_CONFIG_NOSYSTEM: '1',
};

export class GitError extends Error {}

export function authenticatedUrl(url: string, creds: GitCredentials | null): string {
  if (!creds || !/^https?:\/\//i.test(url)) return url;
  const u = new URL(url);
  u.username = encodeURIComponent(creds.username ?? 'x-access-token');
  u.password = encodeURIComponent(creds.password);
  return u.toString();
}

/** Runs git; errors carry git's own message with any credentials removed. */
export function git(args: string[], opts: { cwd?: string; signal?: AbortSignal; timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd: opts.cwd,
        env: { ...process.env, ...GIT_ENV },
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
