import { execFile } from 'node:child_process';
import { redactCredentials } from '@nullpath/core';
import type { GitCredentials, GitProbe } from '@nullpath/services';

/** Only real transports: `ext::` and friends would run commands (NOTE(git-protocols)). */
export const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ALLOW_PROTOCOL: 'file:git:http:https:ssh',
  GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new',
};

/** https://user:pass@host/… for https remotes with credentials; other URLs unchanged. */
export function authenticatedUrl(url: string, creds: GitCredentials | null): string {
  if (!creds || !/^https?:\/\//i.test(url)) return url;
  const u = new URL(url);
  u.username = encodeURIComponent(creds.username ?? 'x-access-token');
  u.password = encodeURIComponent(creds.password);
  return u.toString();
}

export function createGitProbe(timeoutMs = 20_000): GitProbe {
  return {
    defaultBranch(url, credentials) {
      if (url.startsWith('-')) return Promise.reject(new Error('invalid URL'));
      return new Promise((resolve, reject) => {
        execFile(
          'git',
          ['ls-remote', '--symref', '--', authenticatedUrl(url, credentials), 'HEAD'],
          { timeout: timeoutMs, env: { ...process.env, ...GIT_ENV } },
          (err, stdout, stderr) => {
            if (err) {
              const line = String(stderr).split('\n').find((l) => /fatal|error/i.test(l)) ?? err.message;
              reject(new Error(redactCredentials(line.replace(/^fatal:\s*/i, '').trim()).slice(0, 300)));
              return;
            }
            const m = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(String(stdout));
            resolve(m?.[1] ?? 'main');
          },
        );
      });
    },
  };
}
