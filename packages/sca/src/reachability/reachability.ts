import path from 'node:path';
import type { ScaFinding } from '../match/finding.types';
import { ECOSYSTEM_LANGUAGES, IMPORT_MAPPABLE, importLoadsPackage, LANGUAGE_BY_EXTENSION } from './module-map';
import type { CallExtractor, CallSite, CallTarget, ImportExtractor, ImportSite, Reachability, ReachabilityEvidence, SourceFile, SourceLanguage } from './reachability.types';

const MAX_EVIDENCE = 5;

export interface ReachabilityInput {
  root: string;
  /** Relative paths of every file in the tree (skipped folders already excluded). */
  files: readonly string[];
  importExtractor?: ImportExtractor;
  callExtractor?: CallExtractor;
  /**
   * Manifests that cannot tell direct from transitive (requirements.txt from `pip freeze`, pom.xml): a package
   * they list that first-party code does not import may still be loaded by another dependency.
   */
  partialGraphManifests?: ReadonlySet<string>;
}

/**
 * Build output, caches and bundles are not first-party source: parsing them costs minutes on a large tree and
 * their imports (bundled third-party code) would make everything look reachable.
 */
const NOT_SOURCE_DIRS = new Set(['dist', 'build', 'out', 'coverage', 'target', 'obj', '__snapshots__']);

export function sourceFilesOf(root: string, files: readonly string[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (const rel of files) {
    const language = LANGUAGE_BY_EXTENSION[path.posix.extname(rel)];
    if (!language || /\.d\.[cm]?ts$|\.min\.[cm]?js$|[.-]bundle\.js$/.test(rel)) continue;
    if (rel.split('/').slice(0, -1).some((d) => NOT_SOURCE_DIRS.has(d) || d.startsWith('.'))) continue;
    out.push({ path: path.join(root, rel), relPath: rel, language });
  }
  return out;
}

const unknown = (reason: string): Reachability => ({ state: 'unknown', level: 'none', reason, evidence: [] });

function importEvidence(sites: readonly ImportSite[]): ReachabilityEvidence[] {
  return sites.slice(0, MAX_EVIDENCE).map((s) => ({ kind: 'import', file: s.file, line: s.line, module: s.module }));
}

/**
 * Rates every finding in three tiers: scope (dev-only ⇒ not reachable in production), import (first-party code
 * imports the package, or a direct dependency that pulls it in), function (a call to a symbol the advisory names).
 * Missing extractors, unreadable languages, unmappable ecosystems and failed analyses give `unknown`.
 */
export async function assessReachability(findings: ReadonlyArray<Omit<ScaFinding, 'reachability'>>, input: ReachabilityInput): Promise<ScaFinding[]> {
  const sources = sourceFilesOf(input.root, input.files);
  const present = new Set<SourceLanguage>(sources.map((s) => s.language));
  const languageOf = new Map(sources.map((s) => [s.relPath, s.language]));
  // an import in a Python file never loads an npm or Go package, whatever its name
  const inLanguages = <T extends { file: string }>(sites: readonly T[], langs: readonly SourceLanguage[]): T[] => sites.filter((s) => langs.includes(languageOf.get(s.file) ?? ('' as SourceLanguage)));
  let imports: ImportSite[] | undefined;
  let importError: string | undefined;
  const importLangs = new Set(input.importExtractor?.languages ?? []);
  if (input.importExtractor) {
    try {
      imports = await input.importExtractor.extract(sources.filter((s) => importLangs.has(s.language)));
    } catch (err) {
      importError = err instanceof Error ? err.message : String(err);
    }
  }
  const callLangs = new Set(input.callExtractor?.languages ?? []);
  const targets: CallTarget[] = [];
  for (const f of findings) for (const s of f.symbols) if (!targets.some((t) => t.module === s.module && t.symbols.join() === s.symbols.join())) targets.push(s);
  let calls: CallSite[] | undefined;
  let callError: string | undefined;
  if (input.callExtractor && targets.length > 0) {
    // only files that import a package with function data can call into it
    const withSymbols = findings.filter((f) => f.symbols.length > 0).map((f) => f.package);
    const importing = new Set((imports ?? []).filter((s) => withSymbols.some((p) => importLoadsPackage(p.ecosystem, s.module, p.name))).map((s) => s.file));
    try {
      calls = await input.callExtractor.extract(sources.filter((s) => callLangs.has(s.language) && (!imports || importing.has(s.relPath))), targets);
    } catch (err) {
      callError = err instanceof Error ? err.message : String(err);
    }
  }
  return findings.map((f) => ({ ...f, reachability: rate(f) }));

  function rate(f: Omit<ScaFinding, 'reachability'>): Reachability {
    const pkg = f.package;
    if (pkg.scopes.length > 0 && pkg.scopes.every((s) => s === 'dev')) {
      return { state: 'not-reachable', level: 'scope', reason: 'development-only dependency: not part of the production build', evidence: [] };
    }
    if (!IMPORT_MAPPABLE.has(pkg.ecosystem)) return unknown(`import analysis cannot map ${pkg.ecosystem} imports to packages`);
    if (!input.importExtractor) return unknown('no import extractor configured');
    if (importError !== undefined || !imports) return unknown(`import extraction failed: ${importError ?? 'no result'}`);
    const langs = ECOSYSTEM_LANGUAGES[pkg.ecosystem].filter((l) => present.has(l));
    if (langs.length === 0) return unknown(`no first-party ${ECOSYSTEM_LANGUAGES[pkg.ecosystem].join('/')} source files found`);
    if (!langs.some((l) => importLangs.has(l))) return unknown(`the import extractor cannot read ${langs.join('/')}`);
    const sites = inLanguages(imports, ECOSYSTEM_LANGUAGES[pkg.ecosystem]);
    const own = sites.filter((s) => importLoadsPackage(pkg.ecosystem, s.module, pkg.name));
    if (own.length > 0) return functionTier(f, own);
    if (!pkg.direct && pkg.directDependencies.length > 0) {
      const via = sites.filter((s) => pkg.directDependencies.some((d) => importLoadsPackage(pkg.ecosystem, s.module, d)));
      if (via.length > 0) {
        const names = [...new Set(pkg.directDependencies.filter((d) => via.some((s) => importLoadsPackage(pkg.ecosystem, s.module, d))))];
        return { state: 'reachable', level: 'import', reason: `loaded through the imported direct dependenc${names.length > 1 ? 'ies' : 'y'} ${names.join(', ')}`, evidence: importEvidence(via) };
      }
      return { state: 'not-reachable', level: 'import', reason: `neither ${pkg.name} nor the direct dependencies that pull it in (${pkg.directDependencies.join(', ')}) are imported by first-party code`, evidence: [] };
    }
    if (!pkg.direct) return unknown(`${pkg.name} is transitive and the manifest does not tell through which direct dependency`);
    if (input.partialGraphManifests?.has(pkg.manifest)) return unknown(`${pkg.name} is not imported by first-party code, but ${pkg.manifest} does not tell whether another dependency loads it`);
    return { state: 'not-reachable', level: 'import', reason: `${pkg.name} is not imported by first-party ${langs.join('/')} code`, evidence: [] };
  }

  function functionTier(f: Omit<ScaFinding, 'reachability'>, own: ImportSite[]): Reachability {
    const viaImport: Reachability = { state: 'reachable', level: 'import', reason: `${f.package.name} is imported by first-party code`, evidence: importEvidence(own) };
    if (f.symbols.length === 0) return viaImport;
    const langs = ECOSYSTEM_LANGUAGES[f.package.ecosystem];
    if (!input.callExtractor || !langs.some((l) => callLangs.has(l))) return { ...viaImport, reason: `${viaImport.reason}; the advisory names functions but no call analysis ran for this language` };
    if (callError !== undefined || !calls) return { ...viaImport, reason: `${viaImport.reason}; call analysis failed: ${callError ?? 'no result'}` };
    const wanted = new Set(f.symbols.flatMap((s) => s.symbols.map((sym) => `${s.module}\u0000${sym}`)));
    const hits = inLanguages(calls, langs).filter((c) => wanted.has(`${c.module}\u0000${c.symbol}`));
    const names = [...new Set(f.symbols.flatMap((s) => s.symbols))];
    if (hits.length > 0) {
      return {
        state: 'reachable',
        level: 'function',
        reason: `first-party code calls ${[...new Set(hits.map((h) => h.symbol))].join(', ')}`,
        evidence: [...hits.slice(0, MAX_EVIDENCE).map((h) => ({ kind: 'call' as const, file: h.file, line: h.line, module: h.module, symbol: h.symbol })), ...importEvidence(own).slice(0, 1)],
      };
    }
    return { state: 'not-reachable', level: 'function', reason: `${f.package.name} is imported, but none of the affected functions (${names.join(', ')}) is called`, evidence: importEvidence(own) };
  }
}
