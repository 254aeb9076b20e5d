import { AppError } from '@nullpath/core';
import { type Db, tagsRepo } from '@nullpath/db';

export const TAG_NAME_MAX = 64;

export function validTagName(field: string, raw: string): string {
  const name = raw.trim();
  if (!name) throw new AppError('VALIDATION_FAILED', `${field}: a tag name must not be empty`, { details: { field } });
  if (name.length > TAG_NAME_MAX) throw new AppError('VALIDATION_FAILED', `${field}: a tag name has at most ${TAG_NAME_MAX} characters`, { details: { field } });
  return name;
}

/**
 * The tag ids a repository should carry from the `tags` (names; unknown names become new tags, as the
 * V1 shape has always allowed) and `tagIds` inputs, or undefined when neither was given. Ids of
 * another organization are NOT_FOUND.
 */
export async function resolveTagInputs(tx: Db, orgId: string, input: { names?: string[] | undefined; ids?: string[] | undefined }): Promise<string[] | undefined> {
  if (input.names === undefined && input.ids === undefined) return undefined;
  const out = new Set<string>();
  if (input.ids) {
    const found = await tagsRepo.findTags(tx, orgId, input.ids);
    const missing = input.ids.find((id) => !found.some((t) => t.id === id));
    if (missing !== undefined) throw new AppError('NOT_FOUND', `Tag '${missing}' was not found`, { details: { field: 'tagIds', tagId: missing } });
    for (const t of found) out.add(t.id);
  }
  for (const [i, raw] of (input.names ?? []).entries()) {
    const name = validTagName(`tags.${i}`, raw);
    const tag = (await tagsRepo.findTagByName(tx, orgId, name)) ?? (await tagsRepo.insertTag(tx, { orgId, name, color: null }));
    out.add(tag.id);
  }
  return [...out];
}
