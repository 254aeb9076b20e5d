import { describe, expect, it } from 'vitest';
import type { Finding } from '../report/finding.types';
import { loadRule } from '../rule-schema/load';
import { compileSecretRules, isValidNptToken, scanSecrets, shannonEntropy } from './secrets';

// Produced once with generateTokenSecret() from packages/core; the second differs only in the checksum.
const VALID = 'npt_H85uMmAXAra8sFpzKj0scDHAATekSufVpvRvqi1GrEI4av2q1';
const BROKEN = 'npt_H85uMmAXAra8sFpzKj0scDHAATekSufVpvRvqi1GrEI4av2qA';

const rule = (id: string, secrets: Record<string, unknown>) =>
  loadRule({
    origin: id,
    data: { schemaVersion: 1, id, title: 'Secret', languages: ['generic'], cwe: 'CWE-798', severity: 8, confidence: 'high', description: 'A committed secret.', remediation: 'Rotate and move it.', mode: 'secrets', secrets },
  });

describe('secret detection', () => {
  it('validates the npt_ token checksum', () => {
    expect(isValidNptToken(VALID)).toBe(true);
    expect(isValidNptToken(BROKEN)).toBe(false);
    expect(isValidNptToken(VALID.slice(0, -1))).toBe(false);
  });

  it('computes Shannon entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });

  it('reports checksum-valid tokens, entropy-filtered keys, and masks the secret', () => {
    const rules = compileSecretRules([
      rule('generic.secrets.npt', { regex: '\\b(npt_[0-9A-Za-z]{49})\\b', group: 1, validator: 'npt-checksum' }),
      rule('generic.secrets.entropy', { regex: "key\\s*=\\s*'([A-Za-z0-9]{16,})'", group: 1, entropy: 3.5 }),
    ]);
    const content = [`const a = '${VALID}';`, `const b = '${BROKEN}';`, "key = 'aaaaaaaaaaaaaaaaaaaa'", "key = 'q8Zr4Lm2Xv9Kp1Wd7Ty3'", "key = 'yourApiKeyZ8x9Q7w6'"].join('\n');
    const keys = new Map<Finding, string>();
    const found = scanSecrets({ path: 'x.js', content }, rules, keys);
    expect(found.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['generic.secrets.npt', 1, 12],
      ['generic.secrets.entropy', 4, 8],
    ]);
    expect(found.every((f) => !f.snippet.includes(VALID) && !f.message.includes('q8Zr4Lm2Xv9Kp1Wd7Ty3'))).toBe(true);
  });
});
