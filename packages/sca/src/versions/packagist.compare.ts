/**
 * Composer ordering: `VersionParser::normalize` (pad to four numeric parts, canonical stability suffix) followed by
 * PHP's `version_compare`. Branch versions (`dev-master`) are unparsable here and so reported as unknown.
 */
const CLASSICAL =
  /^v?(\d{1,5})(\.\d+)?(\.\d+)?(\.\d+)?[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*)?)?([.-]?dev)?$/i;
const DATED = /^v?(\d{4}(?:[.:-]?\d{2}){1,6}(?:[.:-]?\d{1,3}){0,2})[._-]?(?:(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*)?)?([.-]?dev)?$/i;

function expandStability(s: string): string {
  const l = s.toLowerCase();
  if (l === 'a') return 'alpha';
  if (l === 'b') return 'beta';
  if (l === 'p' || l === 'pl') return 'patch';
  if (l === 'rc') return 'RC';
  return l;
}

export function normalizeComposer(raw: string): string | null {
  let v = raw.trim();
  v = v.replace(/\s+as\s+.*$/i, '').replace(/@(?:stable|rc|beta|alpha|dev)$/i, '');
  v = v.replace(/\+[0-9A-Za-z.-]*$/, '');
  let m = CLASSICAL.exec(v);
  let version: string;
  let idx: number;
  if (m) {
    version = [m[1], m[2] ?? '.0', m[3] ?? '.0', m[4] ?? '.0'].join('');
    idx = 5;
  } else {
    m = DATED.exec(v);
    if (!m) return null;
    version = (m[1] ?? '').replace(/\D/g, '.');
    idx = 2;
  }
  const stability = m[idx];
  if (stability && stability.toLowerCase() !== 'stable') {
    version += `-${expandStability(stability)}${(m[idx + 1] ?? '').replace(/^[.-]/, '')}`;
  }
  if (m[idx + 2]) version += '-dev';
  return version;
}

// PHP matches special forms by prefix in this order, so `patch` ranks as `p` and `abc` as `a`.
const SPECIAL_ORDER: ReadonlyArray<readonly [string, number]> = [
  ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];
const HASH_RANK = 4;

function canonical(v: string): string[] {
  return v
    .replace(/[-_+]/g, '.')
    .replace(/([^.\d]+)(\d)/g, '$1.$2')
    .replace(/(\d)([^.\d]+)/g, '$1.$2')
    .split('.')
    .filter((p) => p !== '');
}

function specialRank(p: string): number {
  const l = p.toLowerCase();
  for (const [form, rank] of SPECIAL_ORDER) if (l.startsWith(form)) return rank;
  return -1;
}

function comparePart(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Math.sign(Number(a) - Number(b));
  if (!an && !bn) return Math.sign(specialRank(a) - specialRank(b));
  return an ? Math.sign(HASH_RANK - specialRank(b)) : Math.sign(specialRank(a) - HASH_RANK);
}

/** PHP `version_compare` on already-normalised strings. */
export function phpVersionCompare(a: string, b: string): number {
  const pa = canonical(a);
  const pb = canonical(b);
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return /^\d+$/.test(y!) ? -1 : comparePart('#', y!);
    if (y === undefined) return /^\d+$/.test(x) ? 1 : comparePart(x, '#');
    const d = comparePart(x, y);
    if (d !== 0) return d;
  }
  return 0;
}

export function comparePackagist(a: string, b: string): number | null {
  const x = normalizeComposer(a);
  const y = normalizeComposer(b);
  if (x === null || y === null) return null;
  return phpVersionCompare(x, y);
}
