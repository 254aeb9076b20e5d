import { execFile } from 'node:child_process';
import { AppError } from '@nullpath/core';
import { guardGitRemote, OutboundRefusedError, type OutboundPolicy } from '@nullpath/outbound';
import type { GitProbe } from '@nullpath/services';

/** Only real transports: `ext::` and friends would run commands (NOTE(git-protocols)). */
export const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new',
  GIT_CONFIG_NOSYSTEM: '1',
};

/**
 * Probes a remote's default branch through the outbound guard. A refused URL is a VALIDATION_FAILED
 * naming the rule; any git failure is one generic message, so the remote's answer never reaches the
 * caller (an echoed status or "not a git repository" would turn addByUrl into a port scanner).
 */
export function createGitProbe(policy: OutboundPolicy, timeoutMs = 20_000): GitProbe {
  return {
    async defaultBranch(url, credentials) {
      let remote;
      try {
        remote = await guardGitRemote(url, policy, credentials);
      } catch (err) {
        if (err instanceof OutboundRefusedError) throw new AppError('VALIDATION_FAILED', err.message, { details: { field: 'url' } });
        throw new Error('could not reach the repository');
      }
      return new Promise((resolve, reject) => {
        execFile(
          'git',
          [...remote.configArgs, 'ls-remote', '--symref', '--', remote.url, 'HEAD'],
          { timeout: timeoutMs, env: { ...process.env, ...GIT_ENV, ...remote.env } },
          (err, stdout) => {
            if (err) return reject(new Error('could not reach the repository'));
            const m = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(String(stdout));
            resolve(m?.[1] ?? 'main');
          },
        );
      });
    },
  };
}
