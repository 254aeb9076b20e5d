import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * @nullpath/rules: the built-in rule packs as data. This module only finds and reads the files;
 * the engine validates them (schemaVersion, schema) when they are loaded for a scan.
 */
export const packsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'packs');

export interface PackData {
  origin: string;
  data: unknown;
}

export interface BuiltinPacks {
  rules: PackData[];
  models: PackData[];
  /** Pack names found, e.g. `js`, `js/injection`, `py/crypto`, `generic/secrets`. */
  packs: string[];
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
}

function packPath(file: string): string {
  return relative(packsDir, file).split(sep).join('/');
}

/**
 * Reads rule and model files. `select` filters by pack (`js`, `js/injection`), rule id prefix
 * (`js.injection`) or exact rule id; models of a selected language always come along.
 */
export function loadBuiltinPacks(select?: readonly string[]): BuiltinPacks {
  const files: string[] = [];
  walk(packsDir, files);
  const rules: PackData[] = [];
  const models: PackData[] = [];
  const packs = new Set<string>();
  const wanted = (rel: string, id: string): boolean =>
    !select?.length || select.some((s) => rel === s || rel.startsWith(`${s}/`) || id === s || id.startsWith(`${s}.`));
  for (const f of files) {
    const rel = packPath(f);
    const segs = rel.split('/');
    if (rel.endsWith('.models.yaml')) {
      const lang = segs[0]!;
      if (!select?.length || select.some((s) => s === lang || s.startsWith(`${lang}/`) || s.startsWith(`${lang}.`))) {
        models.push({ origin: rel, data: parseYaml(readFileSync(f, 'utf8')) });
      }
      continue;
    }
    if (!rel.endsWith('/rule.yaml')) continue;
    const ruleDir = segs.slice(0, -1).join('/');
    const id = segs[segs.length - 2] ?? '';
    packs.add(segs[0]!);
    packs.add(`${segs[0]}/${segs[1]}`);
    if (!wanted(ruleDir, id)) continue;
    rules.push({ origin: rel, data: parseYaml(readFileSync(f, 'utf8')) });
  }
  return { rules, models, packs: [...packs].sort() };
}

/** Paths of every rule directory (for the registry test and tooling). */
export function ruleDirectories(): string[] {
  const files: string[] = [];
  walk(packsDir, files);
  return files.filter((f) => f.endsWith(`${sep}rule.yaml`)).map((f) => dirname(f));
}
