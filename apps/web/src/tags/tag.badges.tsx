import { Badge, Group } from '@mantine/core';
import type { Tag } from '@nullpath/api-client';

/** A repository's tags in their colours; ids without a loaded tag fall back to the names the repository carries. */
export function TagBadges({ tagIds, names, tagsById }: { tagIds: readonly string[]; names: readonly string[]; tagsById: ReadonlyMap<string, Tag> }) {
  const known = tagIds.map((id) => tagsById.get(id)).filter((t): t is Tag => t !== undefined);
  if (known.length === 0) {
    return (
      <Group gap={4}>
        {names.map((n) => (
          <Badge key={n} size="sm" variant="outline" color="gray" data-testid="repo-tag">
            {n}
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <Group gap={4}>
      {known.map((t) => (
        <Badge key={t.id} size="sm" variant="light" color={t.color ?? 'gray'} data-testid="repo-tag" style={{ textTransform: 'none' }}>
          {t.name}
        </Badge>
      ))}
    </Group>
  );
}
