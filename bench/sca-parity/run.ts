/**
 * SCA parity bench (sca.md §8): for each project under ./projects
 *  1. package set: Nullpath's inventory vs `npm ls --all --package-lock-only --json`;
 *  2. matching: Nullpath's matcher vs `npm audit --json` against a loopback stand-in of the bulk advisory endpoint
 *     fed with the same advisories (the bundled seed set), per (package@version, advisory) pair;
 *  3. fixes: npm's fixAvailable target for direct dependencies vs Nullpath's smallest fixed version.
 * Run: node --import tsx bench/sca-parity/run.ts   (needs the npm registry for packuments; nothing else)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectInventory, compareVersions, importOsv, matchPackages, openSeedStore, type InventoryPackage } from '@nullpath/sca';
import semver from 'semver';
import { startAuditStandIn } from './audit-standin';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../.out');

interface LsNode { version?: string; missing?: boolean; dependencies?: Record<string, LsNode> }
interface AuditVia { source: number; name: string; url: string; range: string }
interface AuditVuln { name: string; isDirect: boolean; via: Array<AuditVia | string>; nodes: string[]; fixAvailable: boolean | { name: string; version: string; isSemVerMajor: boolean } }

function npmLsSet(dir: string): Set<string> {
  const r = spawnSync('npm', ['ls', '--all', '--package-lock-only', '--json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  const root = JSON.parse(r.stdout) as LsNode;
  const out = new Set<string>();
  const walk = (deps: Record<string, LsNode> | undefined): void => {
    for (const [name, n] of Object.entries(deps ?? {})) {
      if (!n.missing && n.version) out.add(`${name}@${n.version}`);
      walk(n.dependencies);
    }
  };
  walk(root.dependencies);
  return out;
}

/** npm audit must run asynchronously: the stand-in answering it lives in this process's event loop. */
function runAsync(cmd: string, args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

const diff = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();

async function main(): Promise<void> {
  const store = await openSeedStore();
  // synthetic edge-case records on packages these projects contain, so both sides face the tricky semantics
  const extra = await importOsv(store, path.join(HERE, 'extra-advisories'));
  if (extra.invalid > 0) throw new Error('invalid synthetic advisory');
  const standIn = await startAuditStandIn(store);
  const report: Record<string, unknown>[] = [];
  const totals = { pkgBoth: 0, pkgOursOnly: 0, pkgNpmOnly: 0, tp: 0, fp: 0, fn: 0, fixAgree: 0, fixDisagree: 0, fixNpmInRange: 0 };
  try {
    for (const name of readdirSync(path.join(HERE, 'projects')).sort()) {
      const dir = path.join(HERE, 'projects', name);
      const lock = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
      const t0 = performance.now();
      const inv = await collectInventory(dir);
      const t1 = performance.now();
      const findings = (await matchPackages(inv.packages, store)).filter((f) => f.state === 'affected');
      const t2 = performance.now();

      const ours = new Set(inv.packages.map((p) => `${p.name}@${p.version}`));
      const npm = npmLsSet(dir);
      const pkgOursOnly = diff(ours, npm);
      const pkgNpmOnly = diff(npm, ours);

      const oursPairs = new Set(findings.flatMap((f) => f.recordIds.map((id) => `${f.package.name}@${f.installedVersion} ${id}`)));
      const audit = await runAsync('npm', ['audit', '--json', '--registry', standIn.url], dir);
      const auditJson = JSON.parse(audit.stdout) as { vulnerabilities?: Record<string, AuditVuln>; error?: unknown };
      if (!auditJson.vulnerabilities) throw new Error(`npm audit failed in ${name}: ${audit.stdout.slice(0, 500)} ${audit.stderr.slice(0, 500)}`);
      const npmPairs = new Set<string>();
      for (const v of Object.values(auditJson.vulnerabilities)) {
        for (const via of v.via) {
          if (typeof via === 'string') continue;
          const id = standIn.idOf.get(via.source) ?? via.url.split('/').at(-1)!;
          for (const node of v.nodes) {
            const version = lock.packages[node]?.version;
            if (version && semver.satisfies(version, via.range, { includePrerelease: true })) npmPairs.add(`${v.name}@${version} ${id}`);
          }
        }
      }
      const fp = diff(oursPairs, npmPairs);
      const fn = diff(npmPairs, oursPairs);
      const tp = oursPairs.size - fp.length;

      // fixes: npm names the version `npm audit fix --force` would install for a direct dependency
      const fixRows: string[] = [];
      let fixAgree = 0;
      let fixDisagree = 0;
      let fixNpmInRange = 0;
      for (const v of Object.values(auditJson.vulnerabilities)) {
        if (!v.isDirect || !v.via.some((x) => typeof x !== 'string')) continue;
        const mine = findings.filter((f) => f.package.name === v.name && f.package.direct);
        if (mine.length === 0) continue;
        const needed = mine.map((f) => f.fix.version).filter((x): x is string => x !== undefined).sort((a, b) => compareVersions('npm', a, b) ?? 0).at(-1);
        const fa = v.fixAvailable;
        if (fa === true) {
          fixNpmInRange++;
          fixRows.push(`${v.name}: npm fix within the declared range; ours ${needed ?? 'none'}`);
          continue;
        }
        if (fa === false) {
          const agree = mine.every((f) => f.fix.kind !== 'upgrade');
          agree ? fixAgree++ : fixDisagree++;
          fixRows.push(`${v.name}: npm no fix; ours ${needed ?? 'none'} ${agree ? 'AGREE' : 'DIFFER'}`);
          continue;
        }
        if (fa.name !== v.name) {
          fixRows.push(`${v.name}: npm fixes by changing ${fa.name}@${fa.version}; ours ${needed ?? 'none'}`);
          continue;
        }
        const probe: InventoryPackage = { ...mine[0]!.package, version: fa.version };
        const stillAffected = (await matchPackages([probe], store)).filter((f) => f.state === 'affected').map((f) => f.id);
        const agree = needed !== undefined && (compareVersions('npm', fa.version, needed) ?? -1) >= 0 && stillAffected.length === 0;
        agree ? fixAgree++ : fixDisagree++;
        fixRows.push(`${v.name}: npm → ${fa.version}, ours smallest fix → ${needed ?? 'none'}${stillAffected.length ? ` (npm target still affected by ${stillAffected.join(', ')})` : ''} ${agree ? 'AGREE' : 'DIFFER'}`);
      }

      totals.pkgBoth += ours.size - pkgOursOnly.length;
      totals.pkgOursOnly += pkgOursOnly.length;
      totals.pkgNpmOnly += pkgNpmOnly.length;
      totals.tp += tp;
      totals.fp += fp.length;
      totals.fn += fn.length;
      totals.fixAgree += fixAgree;
      totals.fixDisagree += fixDisagree;
      totals.fixNpmInRange += fixNpmInRange;
      const row = {
        project: name,
        packages: { nullpath: ours.size, npmLs: npm.size, both: ours.size - pkgOursOnly.length, nullpathOnly: pkgOursOnly, npmOnly: pkgNpmOnly },
        matching: { pairsBoth: tp, nullpathOnly: fp, npmAuditOnly: fn, vulnerablePackages: new Set(findings.map((f) => `${f.package.name}@${f.installedVersion}`)).size },
        fixes: { agree: fixAgree, differ: fixDisagree, npmInRangeOnly: fixNpmInRange, rows: fixRows },
        timingMs: { inventory: Math.round(t1 - t0), match: Math.round(t2 - t1) },
      };
      report.push(row);
      process.stdout.write(
        `\n== ${name}\npackages: nullpath ${ours.size}, npm ls ${npm.size}, equal ${ours.size - pkgOursOnly.length}; nullpath-only ${JSON.stringify(pkgOursOnly)}; npm-only ${JSON.stringify(pkgNpmOnly)}\n` +
          `matching (package@version, advisory): both ${tp}, nullpath-only ${fp.length}, npm-audit-only ${fn.length}; ${row.matching.vulnerablePackages} vulnerable package versions\n` +
          `${fp.map((x) => `  nullpath-only: ${x}`).join('\n')}${fp.length ? '\n' : ''}${fn.map((x) => `  npm-only: ${x}`).join('\n')}${fn.length ? '\n' : ''}` +
          `fixes (direct deps): agree ${fixAgree}, differ ${fixDisagree}, npm in-range only ${fixNpmInRange}\n${fixRows.map((r) => `  ${r}`).join('\n')}\n` +
          `time: inventory ${row.timingMs.inventory} ms, match ${row.timingMs.match} ms\n`,
      );
    }
  } finally {
    standIn.server.close();
  }
  const pkgTotal = totals.pkgBoth + totals.pkgOursOnly;
  const precision = totals.tp / Math.max(1, totals.tp + totals.fp);
  const recall = totals.tp / Math.max(1, totals.tp + totals.fn);
  process.stdout.write(
    `\n== total\npackage sets: ${totals.pkgBoth}/${pkgTotal} equal (nullpath-only ${totals.pkgOursOnly}, npm-only ${totals.pkgNpmOnly})\n` +
      `matching vs npm audit: ${totals.tp} agreed pairs, ${totals.fp} nullpath-only, ${totals.fn} npm-only → precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%\n` +
      `fix versions: ${totals.fixAgree} agree, ${totals.fixDisagree} differ, ${totals.fixNpmInRange} npm in-range fixes without a version\n`,
  );
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path.join(OUT, 'sca-parity.json'), JSON.stringify({ totals, projects: report }, null, 2));
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
