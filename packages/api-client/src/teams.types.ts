import type {
  ApplyPermissionTemplateBodySchema,
  ApplyPermissionTemplateResponseSchema,
  AuditLogListBodySchema,
  AuditLogListResponseSchema,
  CreateOrgBodySchema,
  CreatePermissionTemplateBodySchema,
  CreateTagBodySchema,
  CreateTeamBodySchema,
  DeleteOrgBodySchema,
  DeleteOrgResponseSchema,
  DeleteTagResponseSchema,
  DeleteTeamResponseSchema,
  GrantsSchema,
  ListPermissionTemplatesResponseSchema,
  ListTagsBodySchema,
  ListTagsResponseSchema,
  ListTeamsBodySchema,
  ListTeamsResponseSchema,
  OrgResponseSchema,
  OrgSettingsResponseSchema,
  PermissionsListResponseSchema,
  PermissionTemplateResponseSchema,
  PermissionTemplateSchema,
  TagIdBodySchema,
  TagResponseSchema,
  TagSchema,
  TeamDetailSchema,
  TeamIdBodySchema,
  TeamMembersBodySchema,
  TeamResponseSchema,
  TeamSchema,
  UpdateOrgBodySchema,
  UpdateOrgSettingsBodySchema,
  UpdateTagBodySchema,
  UpdateTeamBodySchema,
  UpdateTeamPermissionsBodySchema,
} from '@nullpath/contracts';
import type { z } from 'zod';

export type Team = z.infer<typeof TeamSchema>;
export type TeamDetail = z.infer<typeof TeamDetailSchema>;
export type Grants = z.infer<typeof GrantsSchema>;
export type CreateTeamBody = z.input<typeof CreateTeamBodySchema>;
export type ListTeamsBody = z.input<typeof ListTeamsBodySchema>;
export type TeamIdBody = z.input<typeof TeamIdBodySchema>;
export type UpdateTeamBody = z.input<typeof UpdateTeamBodySchema>;
export type TeamMembersBody = z.input<typeof TeamMembersBodySchema>;
export type UpdateTeamPermissionsBody = z.input<typeof UpdateTeamPermissionsBodySchema>;
export type TeamResponse = z.infer<typeof TeamResponseSchema>;
export type TeamList = z.infer<typeof ListTeamsResponseSchema>;
export type DeletedTeam = z.infer<typeof DeleteTeamResponseSchema>;

export type PermissionTemplate = z.infer<typeof PermissionTemplateSchema>;
export type CreatePermissionTemplateBody = z.input<typeof CreatePermissionTemplateBodySchema>;
export type PermissionTemplateResponse = z.infer<typeof PermissionTemplateResponseSchema>;
export type PermissionTemplateList = z.infer<typeof ListPermissionTemplatesResponseSchema>;
export type ApplyPermissionTemplateBody = z.input<typeof ApplyPermissionTemplateBodySchema>;
export type AppliedPermissionTemplate = z.infer<typeof ApplyPermissionTemplateResponseSchema>;

export type Tag = z.infer<typeof TagSchema>;
export type CreateTagBody = z.input<typeof CreateTagBodySchema>;
export type ListTagsBody = z.input<typeof ListTagsBodySchema>;
export type TagIdBody = z.input<typeof TagIdBodySchema>;
export type UpdateTagBody = z.input<typeof UpdateTagBodySchema>;
export type TagResponse = z.infer<typeof TagResponseSchema>;
export type TagList = z.infer<typeof ListTagsResponseSchema>;
export type DeletedTag = z.infer<typeof DeleteTagResponseSchema>;

export type PermissionCatalogue = z.infer<typeof PermissionsListResponseSchema>;
export type PermissionInfo = PermissionCatalogue['permissions'][number];

export type AuditLogListBody = z.input<typeof AuditLogListBodySchema>;
export type AuditLogList = z.infer<typeof AuditLogListResponseSchema>;
export type AuditLogEntry = AuditLogList['entries'][number];

export type CreateOrgBody = z.input<typeof CreateOrgBodySchema>;
export type UpdateOrgBody = z.input<typeof UpdateOrgBodySchema>;
export type DeleteOrgBody = z.input<typeof DeleteOrgBodySchema>;
export type OrgResponse = z.infer<typeof OrgResponseSchema>;
export type DeletedOrg = z.infer<typeof DeleteOrgResponseSchema>;
export type UpdateOrgSettingsBody = z.input<typeof UpdateOrgSettingsBodySchema>;
export type OrgSettings = z.infer<typeof OrgSettingsResponseSchema>;
export type MemberRepositoryAccess = OrgSettings['settings']['memberRepositoryAccess'];
