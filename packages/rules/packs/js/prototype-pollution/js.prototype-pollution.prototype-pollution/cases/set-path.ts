// threat-models: library
export function setPath(obj: Record<string, any>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
    // ruleid: js.prototype-pollution.prototype-pollution
    if (!cur[k]) cur[k] = {};
    cur = cur[k];
  }
  // ruleid: js.prototype-pollution.prototype-pollution
  cur[keys[keys.length - 1]!] = value;
}

const counts: Record<string, number> = {};
export function count(word: string): void {
  // ok: js.prototype-pollution.prototype-pollution
  counts[word] = (counts[word] ?? 0) + 1;
}
