import type { AddRepositoryBody } from '@nullpath/api-client';

// The limits of the server's AddByUrlBodySchema (repositories.schemas.ts).
export const URL_MAX = 2000;
export const NAME_MAX = 200;
export const BRANCH_MAX = 200;
export const TAG_MAX = 100;
export const USERNAME_MAX = 200;
export const PASSWORD_MAX = 4000;
export const PARTITION_PATH_MAX = 500;
export const PARTITIONS_MAX = 200;

export interface PartitionValues {
  path: string;
  name: string;
}

export interface AddRepositoryFormValues {
  url: string;
  name: string;
  defaultBranch: string;
  tags: string[];
  useCredentials: boolean;
  username: string;
  password: string;
  partitions: PartitionValues[];
}

type Field = 'url' | 'name' | 'defaultBranch' | 'tags' | 'username' | 'password';
export type AddRepositoryFormErrors = Partial<Record<Field, string>> & { partitions?: Record<number, string> };

export type AddRepositoryValidation =
  | { ok: true; body: Omit<AddRepositoryBody, 'organizationId'> }
  | { ok: false; errors: AddRepositoryFormErrors };

export const EMPTY_ADD_REPOSITORY: AddRepositoryFormValues = {
  url: '',
  name: '',
  defaultBranch: '',
  tags: [],
  useCredentials: false,
  username: '',
  password: '',
  partitions: [],
};

// What the server clones: URL schemes, or scp-like `user@host:path` for ssh.
const URL_RE = /^(https?|ssh|git|file):\/\/\S+$/i;
const SCP_RE = /^[\w.-]+@[\w.-]+:\S+$/;

/** `./packages/api/` → `packages/api`; partitions are paths inside the repository. */
export const normalisePartitionPath = (p: string): string => p.trim().replace(/^(\.\/)+/, '').replace(/\/+$/, '');

function checkPartitions(rows: readonly PartitionValues[]): Record<number, string> | undefined {
  const errors: Record<number, string> = {};
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const path = normalisePartitionPath(row.path);
    if (path === '') errors[i] = 'Path is required';
    else if (path.startsWith('/') || path.split('/').includes('..')) errors[i] = 'Use a path inside the repository, such as packages/api';
    else if (path.length > PARTITION_PATH_MAX) errors[i] = `Path must be at most ${PARTITION_PATH_MAX} characters`;
    else if (row.name.trim().length > NAME_MAX) errors[i] = `Name must be at most ${NAME_MAX} characters`;
    else if (seen.has(path)) errors[i] = `${path} is listed twice`;
    seen.add(path);
  });
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** Checks the add-repository form; optional fields left empty stay out of the body. */
export function validateAddRepository(v: AddRepositoryFormValues): AddRepositoryValidation {
  const errors: AddRepositoryFormErrors = {};
  const url = v.url.trim();
  const name = v.name.trim();
  const branch = v.defaultBranch.trim();
  const tags = [...new Set(v.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  const username = v.username.trim();

  if (url === '') errors.url = 'Repository URL is required';
  else if (url.length > URL_MAX) errors.url = `URL must be at most ${URL_MAX} characters`;
  else if (!URL_RE.test(url) && !SCP_RE.test(url)) errors.url = 'Enter an https://, ssh://, git:// or file:// URL, or git@host:path';
  if (name.length > NAME_MAX) errors.name = `Name must be at most ${NAME_MAX} characters`;
  if (branch.length > BRANCH_MAX) errors.defaultBranch = `Branch must be at most ${BRANCH_MAX} characters`;
  const longTag = tags.find((t) => t.length > TAG_MAX);
  if (longTag !== undefined) errors.tags = `Tags must be at most ${TAG_MAX} characters`;
  if (v.useCredentials) {
    if (username.length > USERNAME_MAX) errors.username = `Username must be at most ${USERNAME_MAX} characters`;
    if (v.password === '') errors.password = 'Enter the password or access token';
    else if (v.password.length > PASSWORD_MAX) errors.password = `Must be at most ${PASSWORD_MAX} characters`;
  }
  if (v.partitions.length > PARTITIONS_MAX) errors.url ??= `At most ${PARTITIONS_MAX} partitions`;
  const partitionErrors = checkPartitions(v.partitions);
  if (partitionErrors) errors.partitions = partitionErrors;
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    body: {
      url,
      ...(name !== '' ? { name } : {}),
      ...(branch !== '' ? { defaultBranch: branch } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      // The password is sent exactly as typed: tokens may legitimately carry surrounding characters.
      ...(v.useCredentials ? { credentials: { password: v.password, ...(username !== '' ? { username } : {}) } } : {}),
      ...(v.partitions.length > 0
        ? { partitions: v.partitions.map((p) => ({ path: normalisePartitionPath(p.path), ...(p.name.trim() !== '' ? { name: p.name.trim() } : {}) })) }
        : {}),
    },
  };
}
