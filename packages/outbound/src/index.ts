export { classifyAddress, canonicalHost, isLocalhostName, type AddressClass } from './address';
export { checkHost, policyFromEnv, STRICT_POLICY, OutboundRefusedError, OutboundUnreachableError, type OutboundPolicy, type CheckedHost, type Resolver } from './policy';
export { guardGitRemote, type GuardedRemote, type RemoteCredentials } from './git-remote';
export { guardedGet, type GuardedResponse } from './http';
