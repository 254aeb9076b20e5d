import { SCORE_LEVELS, TRIAGE_STATUSES, issueStatusOf, scoreWindow, v1StatusOf } from '@nullpath/core';
import { sql } from 'kysely';

/**
 * SQL CASE expressions generated from core's status functions, so the stored `status` / `v1_status`
 * columns can never disagree with issueStatusOf / v1StatusOf (NOTE(derived-status)).
 */
function caseFor(fn: typeof issueStatusOf | typeof v1StatusOf) {
  const branches = TRIAGE_STATUSES.map(
    (t) => sql`when triage_status = ${t} and lifecycle = 'open' then ${fn('open', t)} when triage_status = ${t} then ${fn('resolved', t)}`,
  );
  return sql<string>`case ${sql.join(branches, sql` `)} when lifecycle = 'resolved' then ${fn('resolved', null)} else ${fn('open', null)} end`;
}

export const statusCase = () => caseFor(issueStatusOf);
export const v1StatusCase = () => caseFor(v1StatusOf);

/** The score level of `score`, from core's windows. */
export function levelCase() {
  const branches = SCORE_LEVELS.map((l) => {
    const w = scoreWindow(l);
    return sql`when score between ${sql.lit(w.min)} and ${sql.lit(w.max)} then ${sql.lit(l)}`;
  });
  return sql<string>`case ${sql.join(branches, sql` `)} else 'INFO' end`;
}
