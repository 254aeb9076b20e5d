import { parse as parseToml } from 'smol-toml';
import type { Scope } from '../../model/package.types';
import { pyKey, requirementName } from './pep508';

type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Direct dependencies declared in pyproject.toml (PEP 621 `[project]`, PEP 735 `[dependency-groups]`, Poetry
 * `[tool.poetry.*]`, PDM `[tool.pdm.dev-dependencies]`), as normalised name → scope.
 */
export function pyprojectRoots(text: string | undefined): Map<string, Scope> {
  const out = new Map<string, Scope>();
  if (text === undefined) return out;
  let doc: Dict;
  try {
    doc = parseToml(text) as Dict;
  } catch {
    return out;
  }
  const add = (name: string | undefined, scope: Scope): void => {
    if (!name || name.toLowerCase() === 'python') return;
    const k = pyKey(name);
    if (!out.has(k) || scope === 'prod') out.set(k, scope);
  };
  const project = isDict(doc['project']) ? doc['project'] : {};
  for (const d of Array.isArray(project['dependencies']) ? project['dependencies'] : []) add(requirementName(String(d)), 'prod');
  if (isDict(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) for (const d of Array.isArray(list) ? list : []) add(requirementName(String(d)), 'optional');
  const groups = isDict(doc['dependency-groups']) ? doc['dependency-groups'] : {};
  for (const list of Object.values(groups)) for (const d of Array.isArray(list) ? list : []) if (typeof d === 'string') add(requirementName(d), 'dev');
  const tool = isDict(doc['tool']) ? doc['tool'] : {};
  const poetry = isDict(tool['poetry']) ? tool['poetry'] : {};
  if (isDict(poetry['dependencies'])) for (const n of Object.keys(poetry['dependencies'])) add(n, 'prod');
  if (isDict(poetry['dev-dependencies'])) for (const n of Object.keys(poetry['dev-dependencies'])) add(n, 'dev');
  if (isDict(poetry['group'])) {
    for (const [g, def] of Object.entries(poetry['group'])) {
      if (isDict(def) && isDict(def['dependencies'])) for (const n of Object.keys(def['dependencies'])) add(n, g === 'main' ? 'prod' : 'dev');
    }
  }
  const pdm = isDict(tool['pdm']) ? tool['pdm'] : {};
  if (isDict(pdm['dev-dependencies'])) for (const list of Object.values(pdm['dev-dependencies'])) for (const d of Array.isArray(list) ? list : []) add(requirementName(String(d)), 'dev');
  return out;
}
