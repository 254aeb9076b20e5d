export * from './common.schemas';
export * from './orgs.schemas';
export * from './members.schemas';
export * from './tokens.schemas';
export * from './auth.schemas';
