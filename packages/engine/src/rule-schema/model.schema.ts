import { z } from 'zod';

export const SUPPORTED_SCHEMA_VERSION = 1;

export const LanguageSchema = z.enum(['javascript', 'typescript', 'python', 'java']);

/** A predicate on a call position: a name (`truthy`, `sql-like`, `vulnerable-regex`, ...) or a regex test. */
export const WherePredicateSchema = z.union([
  z.enum(['truthy', 'falsy', 'constant', 'not-constant', 'absent', 'sql-like', 'vulnerable-regex', 'unsafe-url-prefix', 'unsafe-redirect-prefix', 'anchored-regex']),
  z.object({ matches: z.string() }).strict(),
  z.object({ notMatches: z.string() }).strict(),
]);

const rowBase = {
  language: LanguageSchema.optional(),
  package: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
  path: z.string(),
  where: z.record(z.string(), WherePredicateSchema).optional(),
  /** Only for `package: '*'` rows: the parameter name a callback must have (regex), for name-based framework models. */
  paramName: z.string().optional(),
};

function oneRoot<T extends { package?: string | undefined; type?: string | undefined }>(r: T): boolean {
  return (r.package !== undefined) !== (r.type !== undefined);
}
const ROOT_MSG = { message: 'a row needs exactly one of `package` or `type`' };

export const SourceRowSchema = z.object({ ...rowBase, kind: z.string().min(1), label: z.string().optional() }).strict().refine(oneRoot, ROOT_MSG);
export const SinkRowSchema = z.object({ ...rowBase, kind: z.string().min(1), label: z.string().optional() }).strict().refine(oneRoot, ROOT_MSG);
export const SanitizerRowSchema = z
  .object({ ...rowBase, kind: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) })
  .strict()
  .refine(oneRoot, ROOT_MSG);
export const PropagatorRowSchema = z
  .object({ ...rowBase, input: z.string().min(1), output: z.string().min(1), asRegex: z.boolean().optional() })
  .strict()
  .refine(oneRoot, ROOT_MSG);
/** Declares that the value at (package|type).path is of type `name`; sources and sinks can then hang off the type. */
export const TypeRowSchema = z
  .object({ ...rowBase, name: z.string().min(1) })
  .strict()
  .refine(oneRoot, ROOT_MSG);

export const PatternConstraintSchema = z
  .object({
    regex: z.string().optional(),
    notRegex: z.string().optional(),
    constant: z.boolean().optional(),
    truthy: z.boolean().optional(),
    objectHas: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    objectLacks: z.array(z.string()).optional(),
    /** Matches when the bound expression is a regex literal (or constant) judged vulnerable to catastrophic backtracking. */
    vulnerableRegex: z.boolean().optional(),
    anchoredRegex: z.boolean().optional(),
  })
  .strict();

/** A code-shaped pattern in the target language with `$X` metavariables and `...` wildcards. */
export const PatternModelSchema = z
  .object({
    language: LanguageSchema.optional(),
    role: z.enum(['source', 'sink', 'sanitizer', 'guard']),
    pattern: z.string().min(1),
    /** The metavariable that is the tainted/sanitized value (default: the whole match). */
    focus: z.string().regex(/^\$[A-Z_][A-Z0-9_]*$/).optional(),
    kind: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    where: z.record(z.string(), PatternConstraintSchema).optional(),
    /** Guards: which branch of the test is the safe one. */
    branch: z.boolean().optional(),
    label: z.string().optional(),
  })
  .strict();

export const ModelSetSchema = z
  .object({
    language: LanguageSchema.optional(),
    sources: z.array(SourceRowSchema).optional(),
    sinks: z.array(SinkRowSchema).optional(),
    sanitizers: z.array(SanitizerRowSchema).optional(),
    propagators: z.array(PropagatorRowSchema).optional(),
    types: z.array(TypeRowSchema).optional(),
    patterns: z.array(PatternModelSchema).optional(),
  })
  .strict();

export const ModelFileSchema = ModelSetSchema.extend({
  schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSION),
  name: z.string().optional(),
  description: z.string().optional(),
}).strict();

export type WherePredicate = z.infer<typeof WherePredicateSchema>;
export type SourceRow = z.infer<typeof SourceRowSchema>;
export type SinkRow = z.infer<typeof SinkRowSchema>;
export type SanitizerRow = z.infer<typeof SanitizerRowSchema>;
export type PropagatorRow = z.infer<typeof PropagatorRowSchema>;
export type TypeRow = z.infer<typeof TypeRowSchema>;
export type PatternModel = z.infer<typeof PatternModelSchema>;
export type PatternConstraint = z.infer<typeof PatternConstraintSchema>;
export type ModelSet = z.infer<typeof ModelSetSchema>;
export type ModelFile = z.infer<typeof ModelFileSchema>;
