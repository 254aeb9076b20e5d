import type { Language } from '../ir/ir.types';
import { compilePattern, type CompiledPattern } from '../match/pattern';
import type { ParserPool } from '../parse/parser-pool';
import { compileRegex } from '../rule-schema/load';
import type { ModelSet } from '../rule-schema/model.schema';
import type { MatchSpec, Rule } from '../rule-schema/rule.schema';
import type { NameSink } from '../taint/analysis-host';
import { ModelIndex } from '../taint/model-index';

export type ThreatModel = 'remote' | 'local' | 'library';

/** Source kinds switched on by each threat model; kinds in no group (rule-specific ones) are always on. */
export const THREAT_MODEL_SOURCES: Record<ThreatModel, string[]> = {
  remote: ['remote', 'database'],
  local: ['local'],
  library: ['library'],
};
const GROUPED_KINDS = new Set(Object.values(THREAT_MODEL_SOURCES).flat());

export interface CompiledMatch {
  spec: MatchSpec;
  pattern: CompiledPattern;
  not: CompiledPattern[];
  requiresInFile: CompiledPattern | undefined;
  unlessInFile?: CompiledPattern | undefined;
}

export interface CompiledMatchRule {
  rule: Rule;
  language: Language;
  matches: CompiledMatch[];
}

/** Rules and models compiled for one scan. */
export interface RuleSet {
  rules: Rule[];
  models: ModelIndex;
  taintRules: Rule[];
  byKind: Map<string, Rule[]>;
  matchRules: CompiledMatchRule[];
  secretRules: Rule[];
  nameSinks: NameSink[];
  enabledSources: Set<string>;
  threatModels: ThreatModel[];
  languages: Set<Language | 'generic'>;
}

export function ruleLanguages(r: Rule): Language[] {
  const out: Language[] = [];
  for (const l of r.languages) {
    if (l === 'generic') continue;
    out.push(l);
    if (l === 'javascript' && !r.languages.includes('typescript')) out.push('typescript');
  }
  return out;
}

export async function compileRuleSet(
  rules: readonly Rule[],
  models: readonly { origin: string; set: ModelSet }[],
  threatModels: readonly ThreatModel[],
  pool: ParserPool,
): Promise<RuleSet> {
  if (rules.length === 0) throw new Error('no rules loaded: a scan needs at least one rule');
  const sets = [...models];
  for (const r of rules) {
    if (r.models) sets.push({ origin: r.id, set: r.models });
    if (r.taint?.patterns?.length) {
      const lang = ruleLanguages(r)[0];
      sets.push({ origin: r.id, set: { ...(lang ? { language: lang } : {}), patterns: r.taint.patterns } });
    }
  }
  const index = await ModelIndex.build(sets, pool);
  const byKind = new Map<string, Rule[]>();
  const taintRules = rules.filter((r) => r.mode === 'taint');
  for (const r of taintRules) {
    const kinds = new Set([...(r.taint?.sinks ?? []), ...(r.taint?.nameSinks ? [r.taint.nameSinks.kind] : [])]);
    for (const p of r.taint?.patterns ?? []) if (p.role === 'sink') for (const k of Array.isArray(p.kind) ? p.kind : [p.kind]) kinds.add(k);
    for (const k of kinds) byKind.set(k, [...(byKind.get(k) ?? []), r]);
  }
  const matchRules: CompiledMatchRule[] = [];
  for (const r of rules.filter((x) => x.mode === 'match')) {
    for (const language of ruleLanguages(r)) {
      const matches: CompiledMatch[] = [];
      for (const spec of r.match ?? []) {
        if (spec.language && spec.language !== language && !(spec.language === 'javascript' && language === 'typescript')) continue;
        const pl: Language = language === 'typescript' ? 'javascript' : language;
        matches.push({
          spec,
          pattern: await compilePattern(pool, spec.pattern, pl),
          not: await Promise.all((spec.not ?? []).map((p) => compilePattern(pool, p, pl))),
          requiresInFile: spec.requiresInFile ? await compilePattern(pool, spec.requiresInFile, pl) : undefined,
          unlessInFile: spec.unlessInFile ? await compilePattern(pool, spec.unlessInFile, pl) : undefined,
        });
      }
      if (matches.length) matchRules.push({ rule: r, language, matches });
    }
  }
  const nameSinks: NameSink[] = taintRules.flatMap((r) => (r.taint?.nameSinks ? [{ re: compileRegex(r.taint.nameSinks.regex), kind: r.taint.nameSinks.kind }] : []));
  const enabledSources = new Set(threatModels.flatMap((t) => THREAT_MODEL_SOURCES[t]));
  const languages = new Set<Language | 'generic'>(rules.flatMap((r) => [...r.languages, ...ruleLanguages(r)]));
  return {
    rules: [...rules],
    models: index,
    taintRules,
    byKind,
    matchRules,
    secretRules: rules.filter((r) => r.mode === 'secrets'),
    nameSinks,
    enabledSources,
    threatModels: [...threatModels],
    languages,
  };
}

/** Does `rule` report taint from a source of `kind` under the active threat models? */
export function acceptsSource(rs: RuleSet, rule: Rule, kind: string): boolean {
  const grouped = GROUPED_KINDS.has(kind);
  if (grouped && !rs.enabledSources.has(kind)) return false;
  const declared = rule.taint?.sources;
  if (declared) return declared.includes(kind);
  return grouped && kind !== 'database';
}
