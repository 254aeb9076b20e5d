import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FindingInput } from '@nullpath/core';
import type { OutboundPolicy } from '@nullpath/outbound';
import type { JobHandler } from '@nullpath/queue';
import { type AdvisoryStore, analyzeDirectory } from '@nullpath/sca';
import type { Logger, Services } from '@nullpath/services';
import { fromEngine, fromSca } from './analyzers/finding-map';
import { engineCallExtractor, engineImportExtractor } from './analyzers/reachability.adapter';
import { type RuleSource, runSast } from './analyzers/sast.analyzer';
import { checkoutBranch, checkoutPr } from './git/checkout';

export interface ScanHandlerDeps {
  services: Pick<Services, 'scanExecution'>;
  advisories: AdvisoryStore;
  rules: () => Promise<RuleSource>;
  outbound: OutboundPolicy;
  workDir: string;
  logger: Logger;
  /** How often a running scan checks for a cancel request. */
  cancelPollMs?: number;
  /** Engine worker threads per scan (see the engine's `threads` option). */
  scanThreads?: number;
}

class Cancelled extends Error {}

/** A PR scan reports only what its diff touched: findings on changed lines, SCA findings of changed manifests. */
export function onChangedLines(findings: FindingInput[], changed: Map<string, Set<number>>): FindingInput[] {
  return findings.filter((f) => {
    if (!f.file) return false;
    const lines = changed.get(f.file);
    if (!lines) return false;
    if (f.startLine === null) return lines.size > 0;
    for (let l = f.startLine; l <= (f.endLine ?? f.startLine); l++) if (lines.has(l)) return true;
    return false;
  });
}

export function createScanJobHandler(deps: ScanHandlerDeps): JobHandler {
  const exec = deps.services.scanExecution;
  return async (payload, ctx) => {
    const scanId = String((payload as { scanId?: unknown }).scanId ?? '');
    const job = await exec.begin(scanId);
    if (!job) return;
    const ac = new AbortController();
    const onStop = () => ac.abort(new Error('worker stopping'));
    ctx.signal.addEventListener('abort', onStop, { once: true });
    let cancelled = false;
    const poll = setInterval(() => {
      exec.isCancelRequested(scanId).then(
        (yes) => {
          if (yes && !cancelled) {
            cancelled = true;
            ac.abort(new Cancelled('cancelled'));
          }
        },
        () => {},
      );
    }, deps.cancelPollMs ?? 1000);
    const dir = join(deps.workDir, `${scanId}-${ctx.attempt}`);
    // A worker killed mid-scan leaves its checkout behind; this scan is ours now, so clear earlier attempts.
    for (const stale of await readdir(deps.workDir).catch(() => [] as string[])) {
      if (stale.startsWith(`${scanId}-`)) await rm(join(deps.workDir, stale), { recursive: true, force: true });
    }
    let lastProgress = 0;
    let writes: Promise<void> = Promise.resolve();
    // Progress writes are throttled and chained, so events land in order and never race each other.
    const progress = (phase: string, done: number, total: number, force = false): Promise<void> => {
      const now = Date.now();
      if (!force && now - lastProgress < 500) return writes;
      lastProgress = now;
      writes = writes.then(() => exec.progress(scanId, phase, done, total)).catch(() => {});
      return writes;
    };
    try {
      const checkout =
        job.type === 'PrScan'
          ? await checkoutPr(dir, deps.outbound, job.url, job.credentials, job.baseRef!, job.headRef!, ac.signal)
          : await checkoutBranch(dir, deps.outbound, job.url, job.credentials, job.branch, ac.signal);
      const root = job.partitionPath ? join(dir, job.partitionPath) : dir;
      if (job.partitionPath && !(await stat(root).catch(() => null))?.isDirectory()) {
        throw new Error(`partition path '${job.partitionPath}' does not exist in ${job.branch}`);
      }
      await progress('sast', 0, 0, true);
      const sast = await runSast(dir, job.partitionPath, await deps.rules(), {
        signal: ac.signal,
        threads: deps.scanThreads,
        onProgress: (p) => void progress(`sast:${p.phase}`, p.done, p.total),
      });
      if (ac.signal.aborted) throw ac.signal.reason;
      await progress('sast', sast.files, sast.files, true);
      await progress('sca', 0, 0, true);
      const sca = await analyzeDirectory(root, { store: deps.advisories, importExtractor: engineImportExtractor, callExtractor: engineCallExtractor });
      if (ac.signal.aborted) throw ac.signal.reason;
      let findings = [...sast.findings.map((f) => fromEngine(f, job.partitionPath, sast.remediation, sast.lines)), ...sca.findings.map((f) => fromSca(f, job.partitionPath))];
      if (job.type === 'PrScan' && 'changed' in checkout) findings = onChangedLines(findings, checkout.changed as Map<string, Set<number>>);
      await progress('ingesting', 0, findings.length, true);
      await writes;
      await exec.complete(scanId, {
        commitSha: checkout.commitSha,
        findings,
        components: sca.packages.map((p) => ({
          ecosystem: p.ecosystem, name: p.name, version: p.version, purl: p.purl, scope: p.scope, direct: p.direct ? 1 : 0,
          manifest_path: job.partitionPath ? `${job.partitionPath}/${p.manifest}` : p.manifest,
        })),
      });
    } catch (err) {
      if (cancelled || (await exec.isCancelRequested(scanId))) {
        await exec.markCancelled(scanId);
      } else if (ctx.signal.aborted) {
        throw err; // worker shutdown: leave the scan to the job's retry
      } else {
        const message = err instanceof Error ? err.message : String(err);
        deps.logger.warn({ scanId, err: message }, 'scan failed');
        await exec.fail(scanId, message);
      }
    } finally {
      clearInterval(poll);
      ctx.signal.removeEventListener('abort', onStop);
      await rm(dir, { recursive: true, force: true });
    }
  };
}
