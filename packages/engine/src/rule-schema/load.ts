import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ModelFileSchema, SUPPORTED_SCHEMA_VERSION, type ModelFile } from './model.schema';
import { RuleSchema, type Rule } from './rule.schema';

export class RuleLoadError extends Error {
  constructor(
    message: string,
    readonly origin: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'RuleLoadError';
  }
}

/** Input accepted by the loaders: YAML/JSON text or an already-parsed object, with a name for messages. */
export interface DataInput {
  origin: string;
  data: string | unknown;
}

function toObject(input: DataInput): unknown {
  if (typeof input.data !== 'string') return input.data;
  try {
    return parseYaml(input.data);
  } catch (err) {
    throw new RuleLoadError(`not valid YAML/JSON: ${err instanceof Error ? err.message : String(err)}`, input.origin);
  }
}

function checkVersion(obj: unknown, origin: string): void {
  const v = typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>).schemaVersion : undefined;
  if (v === undefined) throw new RuleLoadError('missing schemaVersion', origin);
  if (v !== SUPPORTED_SCHEMA_VERSION) {
    throw new RuleLoadError(`unsupported schemaVersion ${JSON.stringify(v)} (this engine reads version ${SUPPORTED_SCHEMA_VERSION})`, origin);
  }
}

function describe(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export function loadRule(input: DataInput): Rule {
  const obj = toObject(input);
  checkVersion(obj, input.origin);
  const parsed = RuleSchema.safeParse(obj);
  if (!parsed.success) throw new RuleLoadError(describe(parsed.error), input.origin);
  for (const re of collectRegexes(parsed.data)) {
    try {
      new RegExp(re);
    } catch {
      throw new RuleLoadError(`invalid regex ${JSON.stringify(re)}`, input.origin);
    }
  }
  return parsed.data;
}

export function loadModelFile(input: DataInput): ModelFile {
  const obj = toObject(input);
  checkVersion(obj, input.origin);
  const parsed = ModelFileSchema.safeParse(obj);
  if (!parsed.success) throw new RuleLoadError(describe(parsed.error), input.origin);
  return parsed.data;
}

/** Loads many rules; duplicate ids and an empty result are errors (a scan with zero rules proves nothing). */
export function loadRules(inputs: readonly DataInput[]): Rule[] {
  const rules = inputs.map(loadRule);
  const seen = new Map<string, string>();
  rules.forEach((r, i) => {
    const origin = inputs[i]!.origin;
    const prev = seen.get(r.id);
    if (prev) throw new RuleLoadError(`duplicate rule id ${r.id} (also in ${prev})`, origin);
    seen.set(r.id, origin);
  });
  if (rules.length === 0) throw new RuleLoadError('no rules loaded', 'rules');
  return rules;
}

function collectRegexes(r: Rule): string[] {
  const out: string[] = [];
  if (r.secrets) out.push(r.secrets.regex);
  if (r.taint?.nameSinks) out.push(r.taint.nameSinks.regex);
  for (const m of r.match ?? []) for (const c of Object.values(m.where ?? {})) {
    if (c.regex) out.push(c.regex);
    if (c.notRegex) out.push(c.notRegex);
  }
  return out.map(stripInlineFlags);
}

/** Rules may start a regex with `(?i)`; JavaScript has no inline flags, so it becomes the `i` flag. */
export function stripInlineFlags(re: string): string {
  return re.startsWith('(?i)') ? re.slice(4) : re;
}

export function compileRegex(re: string, extraFlags = ''): RegExp {
  const ci = re.startsWith('(?i)');
  return new RegExp(stripInlineFlags(re), (ci ? 'i' : '') + extraFlags);
}

export function ruleJsonSchema(): unknown {
  return z.toJSONSchema(RuleSchema, { unrepresentable: 'any' });
}

export function modelJsonSchema(): unknown {
  return z.toJSONSchema(ModelFileSchema, { unrepresentable: 'any' });
}
