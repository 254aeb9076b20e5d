import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { ScanCounts, ScoreLevel } from '@nullpath/api-client';
import { SCORE_LEVEL_COLOR } from '../issues/issue.labels';

const LEVELS: ReadonlyArray<[ScoreLevel, keyof ScanCounts]> = [
  ['CRITICAL', 'critical'],
  ['HIGH', 'high'],
  ['MEDIUM', 'medium'],
  ['LOW', 'low'],
  ['INFO', 'info'],
];

/** Findings per level; zero levels are greyed rather than hidden, so columns line up across rows. */
export function ScanCountsView({ counts }: { counts: ScanCounts }) {
  return (
    <Group gap={4} wrap="nowrap" data-testid="scan-counts" data-total={counts.total}>
      {LEVELS.map(([level, key]) => (
        <Tooltip key={level} label={`${counts[key]} ${level.toLowerCase()}`} withArrow>
          <Badge
            size="sm"
            variant={counts[key] > 0 ? 'filled' : 'outline'}
            color={counts[key] > 0 ? SCORE_LEVEL_COLOR[level] : 'gray'}
            data-testid={`count-${key}`}
            style={{ minWidth: 36 }}
          >
            {level[0]} {counts[key]}
          </Badge>
        </Tooltip>
      ))}
      {counts.resolved > 0 && (
        <Text size="xs" c="dimmed" ml={4} data-testid="count-resolved">
          {counts.resolved} resolved
        </Text>
      )}
    </Group>
  );
}
