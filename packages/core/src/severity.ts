/** Score windows shared with ZeroPath's clients (api-compat.md §3.1). */
export const SCORE_LEVELS = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'] as const;
export type ScoreLevel = (typeof SCORE_LEVELS)[number];

/** Stored scores are whole numbers, so windows are whole-number inclusive ranges. */
const WINDOWS: ReadonlyArray<readonly [ScoreLevel, number, number]> = [
  ['CRITICAL', 90, 100],
  ['HIGH', 70, 89],
  ['MEDIUM', 40, 69],
  ['LOW', 10, 39],
  ['INFO', 0, 9],
];

export function scoreLevel(score: number): ScoreLevel {
  const s = Math.max(0, Math.min(100, score));
  for (const [level, min] of WINDOWS) if (s >= min) return level;
  return 'INFO';
}

/** Inclusive score range of a level, for SQL filters. */
export function scoreWindow(level: ScoreLevel): { min: number; max: number } {
  const w = WINDOWS.find(([l]) => l === level)!;
  return { min: w[1], max: w[2] };
}

/** V1 `severity` is CVSS-like 0–10. */
export const scoreToSeverity = (score: number): number => Math.round(score) / 10;
