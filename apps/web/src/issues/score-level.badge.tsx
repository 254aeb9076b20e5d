import { Badge } from '@mantine/core';
import type { ScoreLevel } from '@nullpath/api-client';
import { SCORE_LEVEL_COLOR } from './issue.labels';

/** The level colored by severity, with the 0–100 score when known. */
export function ScoreLevelBadge({ level, score }: { level: ScoreLevel; score?: number }) {
  return (
    <Badge color={SCORE_LEVEL_COLOR[level]} variant="filled" data-testid="score-badge" data-level={level} style={{ flexShrink: 0 }}>
      {level.toLowerCase()}
      {score !== undefined ? ` · ${Math.round(score)}` : ''}
    </Badge>
  );
}
