import type { InventoryPackage } from '../model/package.types';
import type { OsvRecord } from '../osv/osv.types';
import { canonicalEcosystem, normaliseName } from '../model/ecosystem';
import { CURATED_SYMBOLS } from './curated-symbols';
import type { AffectedSymbols } from './finding.types';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}

/**
 * GHSA `affected_functions` spell symbols as `pkg.fn`, `(pkg).fn` or just `(pkg)`; the last form (and `""`) names
 * the package itself, which adds nothing beyond import reachability, so it yields no symbol.
 */
function ghsaSymbol(pkgName: string, raw: string): string | undefined {
  let s = raw.trim();
  const paren = /^\(([^)]+)\)\.?(.*)$/.exec(s);
  if (paren) s = paren[2] ?? '';
  else if (s === pkgName) s = '';
  else if (s.startsWith(`${pkgName}.`)) s = s.slice(pkgName.length + 1);
  return s === '' ? undefined : s;
}

/**
 * Function-level data an advisory carries for this package: Go `imports[].symbols` (exported only, since
 * first-party code cannot call the others), RustSec `affects.functions` (crate path stripped), GHSA
 * `affected_functions`, each expanded with Nullpath's curated public entry points for internal names.
 * An empty result means "no function data" — never "no function is affected".
 */
export function symbolsOf(record: OsvRecord, pkg: InventoryPackage): AffectedSymbols[] {
  const out: AffectedSymbols[] = [];
  for (const a of record.affected ?? []) {
    if (!a.package || canonicalEcosystem(a.package.ecosystem) !== pkg.ecosystem) continue;
    if (normaliseName(pkg.ecosystem, a.package.name) !== pkg.normalizedName) continue;
    const es = a.ecosystem_specific ?? {};
    if (pkg.ecosystem === 'Go' && Array.isArray(es['imports'])) {
      for (const imp of es['imports']) {
        if (!isObject(imp) || typeof imp['path'] !== 'string') continue;
        // a method of an unexported type (`bufferedWriter.Flush`) is as unreachable from outside as an unexported function
        const exported = strings(imp['symbols']).filter((s) => s.split('.').every((part) => /^[A-Z]/.test(part)));
        if (exported.length > 0) out.push({ module: imp['path'], symbols: exported });
      }
    }
    const affects = es['affects'];
    if (isObject(affects)) {
      const crate = pkg.name.replace(/-/g, '_');
      const fns = strings(affects['functions']).map((f) => (f.startsWith(`${crate}::`) ? f.slice(crate.length + 2) : f));
      if (fns.length > 0) out.push({ module: pkg.name, symbols: fns });
    }
    const ghsa = strings(es['affected_functions']).map((f) => ghsaSymbol(pkg.name, f)).filter((s): s is string => s !== undefined);
    if (ghsa.length > 0) {
      const expanded = new Set<string>();
      for (const s of ghsa) for (const x of CURATED_SYMBOLS[`${pkg.ecosystem}:${pkg.normalizedName}:${s}`] ?? [s]) expanded.add(x);
      out.push({ module: pkg.name, symbols: [...expanded] });
    }
  }
  return out;
}
