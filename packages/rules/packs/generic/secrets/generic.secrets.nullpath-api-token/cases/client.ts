// Valid token produced once by generateTokenSecret() in packages/core (checksum verifies).
// ruleid: generic.secrets.nullpath-api-token
export const token = 'npt_H85uMmAXAra8sFpzKj0scDHAATekSufVpvRvqi1GrEI4av2q1';
// Same token with a broken checksum: a look-alike, not a secret.
// ok: generic.secrets.nullpath-api-token
export const lookalike = 'npt_H85uMmAXAra8sFpzKj0scDHAATekSufVpvRvqi1GrEI4av2qA';
// ok: generic.secrets.nullpath-api-token
export const fromEnv = process.env.NULLPATH_API_TOKEN;
