import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { loadRule } from '../rule-schema/load';
import { scan } from '../scan/scan';
import { toSarif } from './sarif';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '__fixtures__', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ unicodeRegExp: false, strict: false, validateFormats: false });
const validate = ajv.compile(schema);

const rule = loadRule({
  origin: 'test',
  data: {
    schemaVersion: 1,
    id: 'js.injection.command-injection',
    title: 'OS command built from untrusted input',
    languages: ['javascript'],
    cwe: 'CWE-78',
    severity: 9.5,
    confidence: 'high',
    description: 'Untrusted input reaches a shell command.',
    remediation: 'Use execFile with an argument array.',
    mode: 'taint',
    taint: { sinks: ['command-injection'] },
  },
});
const models = [
  {
    origin: 'test-models',
    set: {
      language: 'javascript' as const,
      sources: [{ package: 'global', path: 'Member[process].Member[argv]', kind: 'local' }],
      sinks: [{ package: 'child_process', path: 'Member[exec].Argument[0]', kind: 'command-injection' }],
    },
  },
];

describe('toSarif', () => {
  it('emits SARIF 2.1.0 that validates against the official schema, with code flows and skipped files', async () => {
    const files = [
      { path: 'src/cli tool.js', content: "const cp = require('child_process');\nconst arg = process.argv[2];\ncp.exec('ls ' + arg);\n" },
      { path: 'src/broken.js', content: 'function (((( {{{{ ]]]] ;;; '.repeat(20) },
    ];
    const result = await scan({ files, rules: [rule], models, threatModels: ['local'] });
    expect(result.findings).toHaveLength(1);
    expect(result.skipped.map((s) => s.path)).toEqual(['src/broken.js']);
    const log = toSarif(result, [rule], { version: '0.1.0' });
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = (log.runs[0] ?? {}) as { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; codeFlows: { threadFlows: { locations: unknown[] }[] }[]; partialFingerprints: Record<string, string> }[]; invocations: { toolExecutionNotifications: unknown[] }[] };
    const res = run.results[0]!;
    expect(res.ruleId).toBe('js.injection.command-injection');
    expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toBe('src/cli%20tool.js');
    expect(res.locations[0]!.physicalLocation.region.startLine).toBe(3);
    expect(res.codeFlows[0]!.threadFlows[0]!.locations.length).toBeGreaterThanOrEqual(2);
    expect(res.partialFingerprints['nullpath/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });

  it('emits valid SARIF for Java findings, with the trace from the servlet parameter to the JDBC call', async () => {
    const javaRule = loadRule({
      origin: 'test',
      data: { ...rule, id: 'java.injection.sql-injection', languages: ['java'], cwe: 'CWE-89', taint: { sinks: ['sql-injection'] } },
    });
    const javaModels = [
      {
        origin: 'test-java-models',
        set: {
          language: 'java' as const,
          sources: [{ type: 'javax.servlet.http.HttpServletRequest', path: 'Member[getParameter].ReturnValue', kind: 'remote' }],
          sinks: [{ type: 'java.sql.Statement', path: 'Member[executeQuery].Argument[0]', kind: 'sql-injection' }],
        },
      },
    ];
    const content = [
      'import java.sql.Statement;',
      'import javax.servlet.http.HttpServletRequest;',
      'class Lookup {',
      '  void find(HttpServletRequest req, Statement st) throws Exception {',
      '    String id = req.getParameter("id");',
      '    st.executeQuery("SELECT * FROM t WHERE id = " + id);',
      '  }',
      '}',
    ].join('\n');
    const result = await scan({ files: [{ path: 'src/Lookup.java', content }], rules: [javaRule], models: javaModels });
    const log = toSarif(result, [javaRule], { version: '0.1.0' });
    expect(validate(log)).toBe(true);
    const run = (log.runs[0] ?? {}) as { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; codeFlows: { threadFlows: { locations: { location: { physicalLocation: { region: { startLine: number } } } }[] }[] }[] }[] };
    expect(run.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine])).toEqual([['java.injection.sql-injection', 6]]);
    const steps = run.results[0]!.codeFlows[0]!.threadFlows[0]!.locations.map((l) => l.location.physicalLocation.region.startLine);
    expect(steps[0]).toBe(5);
    expect(steps[steps.length - 1]).toBe(6);
  });
});
