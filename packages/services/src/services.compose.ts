import { createAccessResolver } from './access/access';
import { createAuthService } from './auth/auth.service';
import { createBootstrapService } from './bootstrap/bootstrap.service';
import { createMailer } from './mail/mailer';
import { createInvitationsService } from './members/invitations.service';
import { createMembersService } from './members/members.service';
import { type OrgCreationPolicy, createOrgsService } from './orgs/orgs.service';
import { createAuditService } from './audit/audit.service';
import { createTagsService } from './tags/tags.service';
import { createPermissionTemplatesService } from './teams/permission-templates.service';
import { createTeamsService } from './teams/teams.service';
import { createTriageService } from './triage/triage.service';
import { createJiraService } from './integrations/jira/jira.service';
import { createLlmService } from './integrations/llm/llm.service';
import { createAdvisoriesService } from './advisories/advisories.service';
import { createFindingsService } from './findings/findings.service';
import { createRepositoriesService } from './repositories/repositories.service';
import { createScanExecutionService } from './scans/scan-execution.service';
import { createScansService } from './scans/scans.service';
import { createSchedulesService } from './scans/schedules.service';
import type { CoreDeps } from './shared/deps';
import type { EnqueueJob, GitProbe, OutboundFetch } from './shared/ports';
import { createSecretBox } from './shared/secret-box';
import { createTokensService } from './tokens/tokens.service';

export interface ServicesConfig extends CoreDeps {
  smtpUrl?: string;
  mailFrom?: string;
  enqueue: EnqueueJob;
  /** Who may create organizations (NULLPATH_ORG_CREATION). */
  orgCreation?: OrgCreationPolicy;
  /** Outbound HTTP for integrations; the server passes its guarded fetch. */
  fetch?: OutboundFetch;
  git: GitProbe;
}

export function createServices(config: ServicesConfig) {
  const { db, clock, secretKey, logger, publicUrl } = config;
  const access = createAccessResolver({ db });
  const mailer = createMailer({
    db,
    logger,
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    ...(config.mailFrom ? { from: config.mailFrom } : {}),
  });
  const auth = createAuthService({ db, clock, secretKey });
  const tokens = createTokensService({ db, clock, secretKey, access });
  const secrets = createSecretBox(secretKey);
  const scans = createScansService({ db, access, enqueue: config.enqueue });
  const outbound: OutboundFetch = config.fetch ?? ((url, init) => fetch(url, init));
  const llm = createLlmService({ db, access, secrets, fetch: outbound, logger });
  const jira = createJiraService({ db, secretKey, publicUrl, clock, access, secrets, fetch: outbound });
  return {
    /** The dashboard's public base address (NULLPATH_PUBLIC_URL, else the listen address): deep links in API answers. */
    publicUrl,
    access,
    auth,
    tokens,
    orgs: createOrgsService({ db, access, ...(config.orgCreation ? { orgCreation: config.orgCreation } : {}) }),
    teams: createTeamsService({ db, access }),
    permissionTemplates: createPermissionTemplatesService({ db, access }),
    tags: createTagsService({ db, access }),
    audit: createAuditService({ db, access }),
    members: createMembersService({ db, clock, secretKey, publicUrl, access, mailer }),
    invitations: createInvitationsService({ db, clock, secretKey, auth }),
    bootstrap: createBootstrapService({ db, clock, tokens }),
    mailer,
    repositories: createRepositoriesService({ db, access, git: config.git, secrets }),
    scans,
    schedules: createSchedulesService({ db, clock, access, scans, logger }),
    scanExecution: createScanExecutionService({ db, secrets, logger, afterScan: (tx, orgId, scanId) => llm.enqueueValidation(tx, config.enqueue, orgId, scanId) }),
    llm,
    findings: createFindingsService({ db, access, refreshJiraTitle: (orgId, issue) => jira.refreshTitleIfStale(orgId, issue) }),
    jira,
    triage: createTriageService({ db, access, clock }),
    advisories: createAdvisoriesService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
