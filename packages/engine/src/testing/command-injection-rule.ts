import { loadRule } from '../rule-schema/load';

/** A minimal taint rule and models for scan tests: `source()` is remote input, `exec(x)` a shell sink. */
export const commandInjectionRule = loadRule({
  origin: 'test',
  data: {
    schemaVersion: 1,
    id: 'js.injection.command-injection',
    title: 'Command injection',
    languages: ['javascript', 'python'],
    cwe: 'CWE-78',
    severity: 9,
    confidence: 'high',
    description: 'Untrusted input reaches a shell.',
    remediation: 'Use argument arrays.',
    mode: 'taint',
    taint: { sinks: ['command-injection'] },
  },
});

export const sourceExecModels = [
  {
    origin: 'test',
    set: {
      sources: [{ package: 'global', path: 'Member[source].ReturnValue', kind: 'remote' }],
      sinks: [{ package: 'global', path: 'Member[exec].Argument[0]', kind: 'command-injection' }],
    },
  },
];
