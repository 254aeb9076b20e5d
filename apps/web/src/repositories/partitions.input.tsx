import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { PartitionValues } from './add-repository.validation';

interface Props {
  rows: readonly PartitionValues[];
  errors: Record<number, string> | undefined;
  onChange(rows: PartitionValues[]): void;
}

/** Monorepo partitions: each path is scanned and reported as a repository of its own. */
export function PartitionsInput({ rows, errors, onChange }: Props) {
  const set = (i: number, patch: Partial<PartitionValues>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap={6} data-testid="repo-partitions">
      <div>
        <Text size="sm" fw={500}>
          Monorepo partitions
        </Text>
        <Text size="xs" c="dimmed">
          Optional. Each folder is scanned and reported on its own.
        </Text>
      </div>
      {rows.map((row, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`Partition ${i + 1} path`}
            placeholder="packages/api"
            style={{ flex: 2 }}
            value={row.path}
            error={errors?.[i]}
            onChange={(e) => set(i, { path: e.currentTarget.value })}
            data-testid={`partition-path-${i}`}
          />
          <TextInput
            aria-label={`Partition ${i + 1} name`}
            placeholder="Name (optional)"
            style={{ flex: 1 }}
            value={row.name}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
            data-testid={`partition-name-${i}`}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Remove partition ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...rows, { path: '', name: '' }])} data-testid="add-partition">
          Add partition
        </Button>
      </Group>
    </Stack>
  );
}
