/**
 * @nullpath/engine: static analysis (SAST) as a pure library. Files in, findings out; no DB,
 * network or environment access. File-system walking lives in the separate `./files` entry.
 */
export { scan, type ScanOptions, type ScanProgress } from './scan/scan';
export type { ThreatModel } from './scan/rule-set';
export type { Finding, ScanResult, ScanStats, SkippedFile, TraceStep, SeverityLevel, Confidence } from './report/finding.types';
export { levelOf, LEVEL_ORDER } from './report/finding.types';
export { toSarif, type SarifLog } from './report/sarif';
export { loadRule, loadRules, loadModelFile, ruleJsonSchema, modelJsonSchema, RuleLoadError, type DataInput } from './rule-schema/load';
export { SUPPORTED_SCHEMA_VERSION, type ModelFile, type ModelSet } from './rule-schema/model.schema';
export { type Rule, RULE_ID_RE } from './rule-schema/rule.schema';
export { extractImports, extractCallSites, type ImportRecord, type CallSiteRecord } from './extract/extract';
export { checkAnnotations, parseAnnotations, type Annotation, type AnnotationReport } from './testing/annotations';
export { isValidNptToken, shannonEntropy } from './match/secrets';
export { redosRisk } from './match/redos';
export const ENGINE_VERSION = '0.1.0';
