import { describe, expect, it } from 'vitest';
import { normalizeRepoUrl, redactCredentials, repoDisplayName } from './repo-url';

describe('normalizeRepoUrl', () => {
  it.each([
    ['https://github.com/Owner/Repo', 'https://github.com/Owner/Repo'],
    ['https://GitHub.com/Owner/Repo.git', 'https://github.com/Owner/Repo'],
    ['https://github.com/owner/repo/', 'https://github.com/owner/repo'],
    ['https://user:pw@github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['git@github.com:owner/repo.git', 'https://github.com/owner/repo'],
    ['ssh://git@github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['git://example.org/team/project.git', 'https://example.org/team/project'],
    ['file:///tmp/repos/demo.git', 'file:///tmp/repos/demo'],
    ['file:///tmp/repos/demo/', 'file:///tmp/repos/demo'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeRepoUrl(input)).toBe(expected);
  });

  it('rejects what is not a git URL, naming the field', () => {
    expect(() => normalizeRepoUrl('not a url')).toThrow(/^url: /);
    expect(() => normalizeRepoUrl('ftp://host/x')).toThrow(/unsupported scheme 'ftp'/);
  });

  it('redacts credentials and derives owner/repo', () => {
    expect(redactCredentials('https://me:s3cret@host/x.git')).toBe('https://***@host/x.git');
    expect(repoDisplayName('https://github.com/owner/repo')).toBe('owner/repo');
    expect(repoDisplayName('file:///tmp/repos/demo')).toBe('repos/demo');
  });
});
