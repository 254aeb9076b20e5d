import { Badge } from '@mantine/core';
import type { ScoreLevel } from '@nullpath/api-client';
import { SCORE_LEVEL_COLOR } from './issue.labels';

/** The level colored by severity, with the 0–100 score when known. */
export function ScoreLevelBadge({ level, score }: { level: ScoreLevel; score?: number }) {
  return (
    // Never truncated ("CRITICAL…" hid the score in narrow table columns): the badge keeps its full width.
    <Badge color={SCORE_LEVEL_COLOR[level]} variant="filled" data-testid="score-badge" data-level={level} style={{ flexShrink: 0, minWidth: 'max-content' }} styles={{ label: { overflow: 'visible' } }}>
      {level.toLowerCase()}
      {score !== undefined ? ` · ${Math.round(score)}` : ''}
    </Badge>
  );
}
