import type { Ecosystem } from '../model/ecosystem';
import type { Scope, SourceType } from '../model/package.types';

/** One installed copy (npm: one node_modules location; elsewhere usually one name@version). */
export interface LockNode {
  id: string;
  name: string;
  version: string;
  source: SourceType;
  resolved?: string;
  /** ids of the nodes this one depends on (already resolved by the parser) */
  deps: string[];
  /** Scope stated by the lockfile itself (npm dev/optional/peer flags, composer packages-dev, poetry groups). */
  scope?: Scope;
}

export interface LockRoot {
  id: string;
  scope: Scope;
}

/** What every parser returns: nodes plus the root's direct dependencies. */
export interface LockGraph {
  ecosystem: Ecosystem;
  nodes: Map<string, LockNode>;
  /** Direct dependencies of the project(s) in this manifest. Empty when the format does not say. */
  roots: LockRoot[];
  transitiveKnown: boolean;
  warnings: string[];
}

export function newGraph(ecosystem: Ecosystem, transitiveKnown = true): LockGraph {
  return { ecosystem, nodes: new Map(), roots: [], transitiveKnown, warnings: [] };
}

export function addNode(graph: LockGraph, node: LockNode): LockNode {
  const existing = graph.nodes.get(node.id);
  if (existing) return existing;
  graph.nodes.set(node.id, node);
  return node;
}

export function addRoot(graph: LockGraph, id: string, scope: Scope): void {
  if (!graph.roots.some((r) => r.id === id && r.scope === scope)) graph.roots.push({ id, scope });
}

export class ManifestParseError extends Error {}
