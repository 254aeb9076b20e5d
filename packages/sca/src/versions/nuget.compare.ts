interface NuGetVersion {
  parts: [number, number, number, number];
  pre: string[];
}

const NUGET = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** `1.0` = `1.0.0` = `1.0.0.0`; build metadata ignored; prerelease labels compared case-insensitively. */
export function parseNuGet(raw: string): NuGetVersion | null {
  const m = NUGET.exec(raw.trim());
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? '0');
  return { parts: [n(1), n(2), n(3), n(4)], pre: m[5] ? m[5].toLowerCase().split('.') : [] };
}

function compareLabel(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Math.sign(Number(a) - Number(b));
  if (an) return -1;
  if (bn) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNuGet(a: string, b: string): number | null {
  const x = parseNuGet(a);
  const y = parseNuGet(b);
  if (!x || !y) return null;
  for (let i = 0; i < 4; i++) {
    const d = Math.sign(x.parts[i]! - y.parts[i]!);
    if (d !== 0) return d;
  }
  if (x.pre.length === 0 || y.pre.length === 0) return x.pre.length === y.pre.length ? 0 : x.pre.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const pa = x.pre[i];
    const pb = y.pre[i];
    if (pa === undefined) return -1;
    if (pb === undefined) return 1;
    const d = compareLabel(pa, pb);
    if (d !== 0) return d;
  }
  return 0;
}
