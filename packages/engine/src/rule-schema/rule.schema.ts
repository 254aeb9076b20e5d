import { z } from 'zod';
import { LanguageSchema, ModelSetSchema, PatternConstraintSchema, PatternModelSchema, SUPPORTED_SCHEMA_VERSION } from './model.schema';

export const RULE_ID_RE = /^[a-z]+\.[a-z0-9-]+\.[a-z0-9-]+$/;

export const MatchSpecSchema = z
  .object({
    pattern: z.string().min(1),
    where: z.record(z.string(), PatternConstraintSchema).optional(),
    /** Patterns that, when they also match the same node, cancel the match. */
    not: z.array(z.string().min(1)).optional(),
    /** Another pattern that must match somewhere in the same file (e.g. the credentials half of a CORS setting). */
    requiresInFile: z.string().min(1).optional(),
    /** A pattern whose presence anywhere in the same file cancels the match (Java `new Cookie` without `setSecure(true)`). */
    unlessInFile: z.string().min(1).optional(),
    /** Report at this metavariable instead of the whole match. */
    focus: z.string().regex(/^\$[A-Z_][A-Z0-9_]*$/).optional(),
    language: LanguageSchema.optional(),
  })
  .strict();

export const TaintSpecSchema = z
  .object({
    /** Sink kinds (from the models) this rule reports. */
    sinks: z.array(z.string().min(1)).default([]),
    /** Source kinds the rule accepts; default: every kind the active threat models enable, except `database`. */
    sources: z.array(z.string().min(1)).optional(),
    /** Rule-specific sources/sinks/sanitizers written as code patterns. */
    patterns: z.array(PatternModelSchema).optional(),
    /** Assignments to names matching this regex are sinks (security-sensitive values). */
    nameSinks: z.object({ regex: z.string().min(1), kind: z.string().min(1) }).strict().optional(),
  })
  .strict();

export const SecretsSpecSchema = z
  .object({
    regex: z.string().min(1),
    /** Capture group holding the secret (default 0 = whole match). */
    group: z.number().int().min(0).optional(),
    /** Minimum Shannon entropy (bits per char) of the secret. */
    entropy: z.number().min(0).max(8).optional(),
    /** Cheap pre-filter: the file must contain one of these (case-insensitive). */
    keywords: z.array(z.string().min(1)).optional(),
    validator: z.enum(['npt-checksum']).optional(),
  })
  .strict();

export const RuleSchema = z
  .object({
    schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION),
    id: z.string().regex(RULE_ID_RE, 'rule ids look like <lang>.<category>.<name>'),
    title: z.string().min(3),
    languages: z.array(z.union([LanguageSchema, z.literal('generic')])).min(1),
    cwe: z.string().regex(/^CWE-\d+$/),
    severity: z.number().min(0).max(10),
    confidence: z.enum(['high', 'medium', 'low']),
    description: z.string().min(10),
    remediation: z.string().min(10),
    references: z.array(z.string()).optional(),
    mode: z.enum(['taint', 'match', 'secrets']),
    taint: TaintSpecSchema.optional(),
    match: z.array(MatchSpecSchema).min(1).optional(),
    secrets: SecretsSpecSchema.optional(),
    models: ModelSetSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    const need = r.mode === 'taint' ? r.taint : r.mode === 'match' ? r.match : r.secrets;
    if (!need) ctx.addIssue({ code: 'custom', message: `mode "${r.mode}" needs a "${r.mode}" section` });
  });

export type Rule = z.infer<typeof RuleSchema>;
export type MatchSpec = z.infer<typeof MatchSpecSchema>;
export type TaintSpec = z.infer<typeof TaintSpecSchema>;
export type SecretsSpec = z.infer<typeof SecretsSpecSchema>;
export type RuleLanguage = Rule['languages'][number];
