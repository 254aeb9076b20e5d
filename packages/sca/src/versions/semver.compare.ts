import semver from 'semver';

/**
 * Lenient SemVer parse for OSV-style input: strips a leading `v`/`=`, pads `1.2` → `1.2.0` and `1.2-rc1` →
 * `1.2.0-rc1`. Returns null for anything node-semver rejects (5-part versions, numbers above 2^53).
 */
export function parseSemver(raw: string): semver.SemVer | null {
  let s = raw.trim().replace(/^[v=]+/i, '');
  const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(s);
  if (!m) return null;
  const rest = m[4] ?? '';
  if (rest !== '' && !rest.startsWith('-') && !rest.startsWith('+')) return null;
  s = `${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${rest}`;
  try {
    return new semver.SemVer(s);
  } catch {
    return null;
  }
}

/** Build metadata is ignored (so Go `+incompatible` compares equal); prereleases sort before their release. */
export function compareSemver(a: string, b: string): number | null {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  if (!pa || !pb) return null;
  return pa.compare(pb);
}

/**
 * Go module and toolchain versions: `v1.2.3`, pseudo-versions `v0.0.0-20220906165146-f3363e06e74c` (valid SemVer
 * prereleases, so they order correctly), and stdlib tags `go1.21.3`, `go1.21rc2`, `go1.9beta1`.
 */
export function normaliseGoVersion(raw: string): string {
  const s = raw.trim();
  const go = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(rc|beta|alpha)(\d+))?$/.exec(s);
  if (go) {
    const base = `${go[1]}.${go[2] ?? '0'}.${go[3] ?? '0'}`;
    return go[4] ? `${base}-${go[4]}.${go[5]}` : base;
  }
  return s.replace(/^v/, '');
}

export function compareGo(a: string, b: string): number | null {
  return compareSemver(normaliseGoVersion(a), normaliseGoVersion(b));
}
