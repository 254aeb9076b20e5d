import { type GrantsProvider, createAccessResolver } from './access/access';
import { createAuthService } from './auth/auth.service';
import { createBootstrapService } from './bootstrap/bootstrap.service';
import { createMailer } from './mail/mailer';
import { createInvitationsService } from './members/invitations.service';
import { createMembersService } from './members/members.service';
import { createOrgsService } from './orgs/orgs.service';
import { createAdvisoriesService } from './advisories/advisories.service';
import { createFindingsService } from './findings/findings.service';
import { createRepositoriesService } from './repositories/repositories.service';
import { createScanExecutionService } from './scans/scan-execution.service';
import { createScansService } from './scans/scans.service';
import { createSchedulesService } from './scans/schedules.service';
import type { CoreDeps } from './shared/deps';
import type { EnqueueJob, GitProbe } from './shared/ports';
import { createSecretBox } from './shared/secret-box';
import { createTokensService } from './tokens/tokens.service';

export interface ServicesConfig extends CoreDeps {
  smtpUrl?: string;
  mailFrom?: string;
  grants?: GrantsProvider;
  enqueue: EnqueueJob;
  git: GitProbe;
}

export function createServices(config: ServicesConfig) {
  const { db, clock, secretKey, logger, publicUrl } = config;
  const access = createAccessResolver({ db, ...(config.grants ? { grants: config.grants } : {}) });
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
  return {
    /** The dashboard's public base address (NULLPATH_PUBLIC_URL, else the listen address): deep links in API answers. */
    publicUrl,
    access,
    auth,
    tokens,
    orgs: createOrgsService({ db }),
    members: createMembersService({ db, clock, secretKey, publicUrl, access, mailer }),
    invitations: createInvitationsService({ db, clock, secretKey, auth }),
    bootstrap: createBootstrapService({ db, clock, tokens }),
    mailer,
    repositories: createRepositoriesService({ db, access, git: config.git, secrets }),
    scans,
    schedules: createSchedulesService({ db, clock, access, scans, logger }),
    scanExecution: createScanExecutionService({ db, secrets, logger }),
    findings: createFindingsService({ db, access }),
    advisories: createAdvisoriesService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
