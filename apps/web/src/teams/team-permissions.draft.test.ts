import { describe, expect, it } from 'vitest';
import { draftFromGrants, grantsFromDraft, togglePermission } from './team-permissions.draft';

const catalogue = [{ name: 'AGENT_VIEW' }, { name: 'AGENT_RUN', implies: ['AGENT_VIEW'] }, { name: 'TEAM_MANAGE' }];

describe('team permissions draft', () => {
  it('maps tag grants to the "By tag" choice and back to mode selected', () => {
    const d = draftFromGrants({ organizationPermissions: [], repoAccess: { mode: 'selected', permissions: ['ISSUES_VIEW'], repositoryIds: [], tagIds: ['t1'] } });
    expect(d.choice).toBe('tags');
    expect(grantsFromDraft({ ...d, repositoryIds: ['r1'] }).repoAccess).toEqual({ mode: 'selected', permissions: ['ISSUES_VIEW'], repositoryIds: [], tagIds: ['t1'] });
  });
  it('sends no ids for universal access', () => {
    const d = draftFromGrants({ organizationPermissions: [], repoAccess: { mode: 'universal', permissions: [], repositoryIds: [], tagIds: [] } });
    expect(d.choice).toBe('universal');
    expect(grantsFromDraft({ ...d, tagIds: ['t1'] }).repoAccess.tagIds).toEqual([]);
  });
  it('checking AGENT_RUN checks AGENT_VIEW, which stays checked while AGENT_RUN is', () => {
    const on = togglePermission([], 'AGENT_RUN', true, catalogue);
    expect(on.sort()).toEqual(['AGENT_RUN', 'AGENT_VIEW']);
    expect(togglePermission(on, 'AGENT_VIEW', false, catalogue).sort()).toEqual(['AGENT_RUN', 'AGENT_VIEW']);
    expect(togglePermission(on, 'AGENT_RUN', false, catalogue)).toEqual(['AGENT_VIEW']);
  });
});
