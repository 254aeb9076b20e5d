import type { Scope } from '../../model/package.types';
import { addRoot, type LockGraph } from '../lock-graph';
import type { ParseInput } from '../parser.types';
import { readPackageJsonDeps } from './npm-source';

/**
 * Direct dependencies for lockfiles that do not record them (yarn, pnpm v5 single projects): the package.json next
 * to the lockfile plus, for simple `dir/*` or `dir/name` workspace globs, each member's package.json.
 */
export function declaredRoots(input: ParseInput): Array<{ name: string; range: string; scope: Scope }> {
  const root = readPackageJsonDeps(input.readSibling('package.json'));
  if (!root) return [];
  const out = [...root.deps];
  for (const ws of root.workspaces) {
    if (ws.includes('*') && !/^[^*]+\/\*$/.test(ws)) continue;
    const members = ws.endsWith('/*') ? (input.listDir?.(ws.slice(0, -2)) ?? []).map((m) => `${ws.slice(0, -2)}/${m}`) : [ws];
    for (const m of members) {
      const member = readPackageJsonDeps(input.readRelative(`${m}/package.json`)?.content);
      if (member) out.push(...member.deps);
    }
  }
  return out;
}

export function addDeclaredRoots(graph: LockGraph, input: ParseInput, resolve: (name: string, range: string) => string | undefined): void {
  for (const d of declaredRoots(input)) {
    const id = resolve(d.name, d.range);
    if (id !== undefined && graph.nodes.has(id)) addRoot(graph, id, d.scope);
  }
}
