import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { requirePermission } from './actor';
import { ALL_PERMISSIONS, REPOSITORY_PERMISSIONS, resolvePermissions, withImplied } from './permissions';
import { ALL_REPOSITORIES } from './repo-scope';
import { scoreLevel, scoreToSeverity, scoreWindow } from './severity';

describe('permissions', () => {
  it('gives ADMIN every permission and MEMBER no management permission', () => {
    expect([...resolvePermissions('ADMIN')].sort()).toEqual([...ALL_PERMISSIONS].sort());
    const member = resolvePermissions('MEMBER');
    expect(member.has('ISSUES_VIEW')).toBe(true);
    expect(member.has('SCANS_RUN')).toBe(true);
    for (const p of ['TOKENS_MANAGE', 'MEMBERS_MANAGE', 'SETTINGS_MANAGE', 'TEAM_MANAGE', 'REPOS_MANAGE', 'AGENT_RUN'] as const) {
      expect(member.has(p)).toBe(false);
    }
  });

  it('adds team grants to the role set', () => {
    const p = resolvePermissions('MEMBER', ['REPOS_MANAGE']);
    expect(p.has('REPOS_MANAGE')).toBe(true);
    expect(p.has('ISSUES_VIEW')).toBe(true);
  });

  it('requirePermission throws FORBIDDEN naming the permission', () => {
    const access = { orgId: 'o' as never, role: 'MEMBER' as const, permissions: resolvePermissions('MEMBER'), repoScope: () => ALL_REPOSITORIES, visible: ALL_REPOSITORIES };
    expect(() => requirePermission(access, 'MEMBERS_MANAGE')).toThrow(AppError);
    expect(() => requirePermission(access, 'MEMBERS_MANAGE')).toThrow(/MEMBERS_MANAGE/);
    expect(() => requirePermission(access, 'ISSUES_VIEW')).not.toThrow();
  });
});

describe('permission catalogue', () => {
  it('AGENT_RUN implies AGENT_VIEW, and nothing else implies anything', () => {
    expect([...withImplied(['AGENT_RUN'])].sort()).toEqual(['AGENT_RUN', 'AGENT_VIEW']);
    expect([...withImplied(['AGENT_VIEW'])]).toEqual(['AGENT_VIEW']);
    expect(resolvePermissions('MEMBER', ['AGENT_RUN']).has('AGENT_VIEW')).toBe(true);
  });

  it('puts repository and scan permissions at repository level', () => {
    expect([...REPOSITORY_PERMISSIONS].sort()).toEqual(['ISSUES_MANAGE', 'ISSUES_VIEW', 'REPOS_MANAGE', 'REPOS_VIEW', 'SCANS_RUN']);
  });
});

describe('score levels', () => {
  it.each([
    [100, 'CRITICAL'], [90, 'CRITICAL'], [89.5, 'HIGH'], [70, 'HIGH'], [69, 'MEDIUM'], [40, 'MEDIUM'],
    [39, 'LOW'], [10, 'LOW'], [9.9, 'INFO'], [0, 'INFO'],
  ] as const)('%d is %s', (score, level) => {
    expect(scoreLevel(score)).toBe(level);
  });

  it('exposes windows for filters and V1 severity on 0–10', () => {
    expect(scoreWindow('HIGH')).toEqual({ min: 70, max: 89 });
    expect(scoreToSeverity(95)).toBe(9.5);
  });
});
