import { describe, expect, it } from 'vitest';
import { type AddRepositoryFormValues, EMPTY_ADD_REPOSITORY, validateAddRepository } from './add-repository.validation';

const form = (patch: Partial<AddRepositoryFormValues>): AddRepositoryFormValues => ({ ...EMPTY_ADD_REPOSITORY, ...patch });

describe('validateAddRepository', () => {
  it('accepts a bare https URL and sends only the URL', () => {
    expect(validateAddRepository(form({ url: ' https://github.com/acme/shop.git ' }))).toEqual({
      ok: true,
      body: { url: 'https://github.com/acme/shop.git' },
    });
  });

  it.each(['file:///tmp/repo', 'ssh://git@host/acme/shop.git', 'git://host/shop', 'git@github.com:acme/shop.git'])('accepts %s', (url) => {
    expect(validateAddRepository(form({ url })).ok).toBe(true);
  });

  it('requires a URL and rejects other schemes', () => {
    expect(validateAddRepository(form({}))).toEqual({ ok: false, errors: { url: 'Repository URL is required' } });
    expect(validateAddRepository(form({ url: 'ext::sh -c touch% /tmp/pwned' }))).toMatchObject({ ok: false, errors: { url: expect.stringContaining('https://') } });
  });

  it('trims name, branch and tags, and drops duplicate and empty tags', () => {
    expect(validateAddRepository(form({ url: 'https://h/r', name: ' shop ', defaultBranch: ' main ', tags: ['prod', ' prod', ''] }))).toEqual({
      ok: true,
      body: { url: 'https://h/r', name: 'shop', defaultBranch: 'main', tags: ['prod'] },
    });
  });

  it('sends credentials only when enabled, and requires a password then', () => {
    expect(validateAddRepository(form({ url: 'https://h/r', username: 'bot', password: 'x' }))).toEqual({ ok: true, body: { url: 'https://h/r' } });
    expect(validateAddRepository(form({ url: 'https://h/r', useCredentials: true, username: 'bot' }))).toEqual({
      ok: false,
      errors: { password: 'Enter the password or access token' },
    });
    expect(validateAddRepository(form({ url: 'https://h/r', useCredentials: true, password: ' tok ' }))).toEqual({
      ok: true,
      body: { url: 'https://h/r', credentials: { password: ' tok ' } },
    });
  });

  it('normalises partition paths and keeps optional names', () => {
    expect(
      validateAddRepository(form({ url: 'https://h/r', partitions: [{ path: './packages/api/', name: ' api ' }, { path: 'web', name: '' }] })),
    ).toEqual({ ok: true, body: { url: 'https://h/r', partitions: [{ path: 'packages/api', name: 'api' }, { path: 'web' }] } });
  });

  it('reports each bad partition row by index', () => {
    const v = validateAddRepository(
      form({ url: 'https://h/r', partitions: [{ path: '', name: '' }, { path: '../x', name: '' }, { path: 'a', name: '' }, { path: 'a/', name: '' }] }),
    );
    expect(v).toEqual({
      ok: false,
      errors: {
        partitions: { 0: 'Path is required', 1: 'Use a path inside the repository, such as packages/api', 3: 'a is listed twice' },
      },
    });
  });

  it('enforces the server limits', () => {
    const v = validateAddRepository(form({ url: 'https://h/r', name: 'n'.repeat(201), tags: ['t'.repeat(101)] }));
    expect(v).toEqual({ ok: false, errors: { name: 'Name must be at most 200 characters', tags: 'Tags must be at most 100 characters' } });
  });
});
