import { type GrantsProvider, createAccessResolver } from './access/access';
import { createAuthService } from './auth/auth.service';
import { createBootstrapService } from './bootstrap/bootstrap.service';
import { createMailer } from './mail/mailer';
import { createInvitationsService } from './members/invitations.service';
import { createMembersService } from './members/members.service';
import { createOrgsService } from './orgs/orgs.service';
import type { CoreDeps } from './shared/deps';
import { createTokensService } from './tokens/tokens.service';

export interface ServicesConfig extends CoreDeps {
  smtpUrl?: string;
  mailFrom?: string;
  grants?: GrantsProvider;
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
  return {
    access,
    auth,
    tokens,
    orgs: createOrgsService({ db }),
    members: createMembersService({ db, clock, secretKey, publicUrl, access, mailer }),
    invitations: createInvitationsService({ db, clock, secretKey, auth }),
    bootstrap: createBootstrapService({ db, clock, tokens }),
    mailer,
  };
}

export type Services = ReturnType<typeof createServices>;
