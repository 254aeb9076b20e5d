import { loadModelFile, loadRules } from '@nullpath/engine';
import { loadBuiltinPacks } from '@nullpath/rules';
import type { RuleSource } from './analyzers/sast.analyzer';

let cached: Promise<RuleSource> | undefined;

/** The built-in packs, validated by the engine once per process (a bad pack fails loudly, never "zero rules"). */
export function builtinRuleSource(): Promise<RuleSource> {
  cached ??= Promise.resolve().then(() => {
    const packs = loadBuiltinPacks();
    const rules = loadRules(packs.rules);
    if (rules.length === 0) throw new Error('no SAST rules loaded from the built-in packs');
    return { rules, models: packs.models.map((m) => ({ origin: m.origin, set: loadModelFile(m) })) };
  });
  return cached;
}
