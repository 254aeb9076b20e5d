/**
 * A small backtracking-risk analyser for JavaScript/Python regex sources. It parses the regex into
 * sequences of quantified terms over ASCII character sets and looks for the shapes that make a
 * backtracking engine slow: ambiguous repetition (exponential) and overlapping adjacent loops or
 * an unanchored loop before `$` (quadratic). It is a heuristic, not a proof.
 */

type CharSet = Uint32Array; // 4 words for ASCII + 1 word (bit 0) for "any non-ASCII"

interface Term {
  atom: Atom;
  min: number;
  max: number;
}
type Atom = { k: 'set'; set: CharSet } | { k: 'group'; alts: Term[][] } | { k: 'anchor'; kind: 'start' | 'end' | 'boundary' } | { k: 'empty' };

export type RedosRisk = 'exponential' | 'polynomial';

function newSet(): CharSet {
  return new Uint32Array(5);
}
function add(s: CharSet, c: number): void {
  if (c >= 128) s[4]! |= 1;
  else s[c >> 5]! |= 1 << (c & 31);
}
function addRange(s: CharSet, a: number, b: number): void {
  for (let c = a; c <= Math.min(b, 127); c++) add(s, c);
  if (b >= 128) s[4]! |= 1;
}
function union(a: CharSet, b: CharSet): CharSet {
  const o = newSet();
  for (let i = 0; i < 5; i++) o[i] = a[i]! | b[i]!;
  return o;
}
function overlaps(a: CharSet, b: CharSet): boolean {
  for (let i = 0; i < 5; i++) if ((a[i]! & b[i]!) !== 0) return true;
  return false;
}
function negate(s: CharSet): CharSet {
  const o = newSet();
  for (let i = 0; i < 4; i++) o[i] = ~s[i]! >>> 0;
  o[4] = s[4]! ? 0 : 1;
  return o;
}
function classSet(ch: string): CharSet {
  const s = newSet();
  switch (ch) {
    case 'd':
      addRange(s, 48, 57);
      return s;
    case 'w':
      addRange(s, 48, 57);
      addRange(s, 65, 90);
      addRange(s, 97, 122);
      add(s, 95);
      return s;
    case 's':
      for (const c of [9, 10, 11, 12, 13, 32]) add(s, c);
      s[4]! |= 1;
      return s;
    case 'D':
      return negate(classSet('d'));
    case 'W':
      return negate(classSet('w'));
    case 'S':
      return negate(classSet('s'));
    default:
      return s;
  }
}
const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

class Parser {
  i = 0;
  constructor(
    private readonly src: string,
    private readonly icase: boolean,
    private readonly dotAll: boolean,
  ) {}

  parseAlt(): Term[][] {
    const alts: Term[][] = [this.parseSeq()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.parseSeq());
    }
    return alts;
  }

  private parseSeq(): Term[] {
    const seq: Term[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.parseAtom();
      const q = this.parseQuant();
      seq.push({ atom, min: q[0], max: q[1] });
    }
    return seq;
  }

  private parseQuant(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      this.i += m[0].length;
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
      if (this.src[this.i] === '?') this.i++;
      return [lo, hi];
    } else return q;
    this.i++;
    if (this.src[this.i] === '?' || this.src[this.i] === '+') this.i++;
    return q;
  }

  private charSet(code: number): CharSet {
    const s = newSet();
    add(s, code);
    if (this.icase) {
      const ch = String.fromCharCode(code);
      add(s, ch.toLowerCase().charCodeAt(0));
      add(s, ch.toUpperCase().charCodeAt(0));
    }
    return s;
  }

  private parseAtom(): Atom {
    const c = this.src[this.i++]!;
    switch (c) {
      case '^':
        return { k: 'anchor', kind: 'start' };
      case '$':
        return { k: 'anchor', kind: 'end' };
      case '.': {
        const s = negate(newSet());
        if (!this.dotAll) s[0]! &= ~(1 << 10);
        return { k: 'set', set: s };
      }
      case '(': {
        let lookaround = false;
        if (this.src[this.i] === '?') {
          const kind = this.src[this.i + 1];
          if (kind === ':') this.i += 2;
          else if (kind === '=' || kind === '!') {
            lookaround = true;
            this.i += 2;
          } else if (kind === '<' && (this.src[this.i + 2] === '=' || this.src[this.i + 2] === '!')) {
            lookaround = true;
            this.i += 3;
          } else if (kind === '<' || kind === 'P') {
            const close = this.src.indexOf('>', this.i);
            this.i = close < 0 ? this.i + 1 : close + 1;
          } else this.i += 1;
        }
        const alts = this.parseAlt();
        if (this.src[this.i] === ')') this.i++;
        return lookaround ? { k: 'empty' } : { k: 'group', alts };
      }
      case '[':
        return { k: 'set', set: this.parseClass() };
      case '\\':
        return this.parseEscape();
      default:
        return { k: 'set', set: this.charSet(c.charCodeAt(0)) };
    }
  }

  private parseEscape(): Atom {
    const e = this.src[this.i++] ?? '\\';
    if (e === 'b' || e === 'B') return { k: 'anchor', kind: 'boundary' };
    if (e === 'A') return { k: 'anchor', kind: 'start' };
    if (e === 'Z' || e === 'z') return { k: 'anchor', kind: 'end' };
    if ('dwsDWS'.includes(e)) return { k: 'set', set: classSet(e) };
    if (/[1-9]/.test(e)) return { k: 'empty' };
    return { k: 'set', set: this.charSet(this.escapeCode(e)) };
  }

  private escapeCode(e: string): number {
    if (e in ESCAPES) return ESCAPES[e]!;
    if (e === 'x') {
      const hex = this.src.slice(this.i, this.i + 2);
      this.i += 2;
      return parseInt(hex, 16) || 0;
    }
    if (e === 'u') {
      const m = /^\{?([0-9a-fA-F]{1,6})\}?/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length;
        return parseInt(m[1]!, 16);
      }
    }
    return e.charCodeAt(0);
  }

  private parseClass(): CharSet {
    let s = newSet();
    let neg = false;
    if (this.src[this.i] === '^') {
      neg = true;
      this.i++;
    }
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let c = this.src[this.i++]!;
      let code: number;
      if (c === '\\') {
        const e = this.src[this.i++] ?? '\\';
        if ('dwsDWS'.includes(e)) {
          s = union(s, classSet(e));
          continue;
        }
        code = this.escapeCode(e);
      } else code = c.charCodeAt(0);
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        c = this.src[this.i++]!;
        const hi = c === '\\' ? this.escapeCode(this.src[this.i++] ?? '\\') : c.charCodeAt(0);
        addRange(s, code, hi);
        if (this.icase) {
          addRange(s, String.fromCharCode(code).toLowerCase().charCodeAt(0), String.fromCharCode(hi).toLowerCase().charCodeAt(0));
          addRange(s, String.fromCharCode(code).toUpperCase().charCodeAt(0), String.fromCharCode(hi).toUpperCase().charCodeAt(0));
        }
      } else s = union(s, this.charSet(code));
    }
    this.i++;
    return neg ? negate(s) : s;
  }
}

function canBeEmpty(t: Term): boolean {
  if (t.min === 0) return true;
  if (t.atom.k === 'anchor' || t.atom.k === 'empty') return true;
  if (t.atom.k === 'group') return t.atom.alts.some((seq) => seq.every(canBeEmpty));
  return false;
}

/** Characters a term can consume (union over a group's contents). */
function firstSet(t: Term): CharSet | undefined {
  if (t.atom.k === 'set') return t.atom.set;
  if (t.atom.k !== 'group') return undefined;
  let s: CharSet | undefined;
  for (const seq of t.atom.alts) for (const x of seq) {
    const f = firstSet(x);
    if (f) s = s ? union(s, f) : f;
  }
  return s;
}

function unbounded(t: Term): boolean {
  return t.max === Infinity || t.max > 64;
}

/** Does this body, repeated without bound, admit many ways to split the same input? */
function ambiguousBody(alts: Term[][]): boolean {
  if (alts.length > 1) {
    const singles = alts.map((seq) => (seq.length === 1 ? firstSet(seq[0]!) : undefined));
    for (let i = 0; i < singles.length; i++)
      for (let j = i + 1; j < singles.length; j++) {
        const a = singles[i];
        const b = singles[j];
        if (a && b && overlaps(a, b)) return true;
      }
  }
  for (const seq of alts) {
    for (let k = 0; k < seq.length; k++) {
      const inner = seq[k]!;
      if (!unbounded(inner)) continue;
      const set = firstSet(inner);
      if (!set) continue;
      const others = seq.filter((_, j) => j !== k);
      if (others.every((o) => canBeEmpty(o) || (firstSet(o) !== undefined && overlaps(firstSet(o)!, set) && unbounded(o)))) return true;
    }
  }
  return false;
}

/** Characters a term can start with. */
function firstChars(t: Term): CharSet | undefined {
  if (t.atom.k === 'set') return t.atom.set;
  if (t.atom.k !== 'group') return undefined;
  let s: CharSet | undefined;
  for (const seq of t.atom.alts) {
    for (const x of seq) {
      const f = firstChars(x);
      if (f) s = s ? union(s, f) : f;
      if (!canBeEmpty(x)) break;
    }
  }
  return s;
}

/** Characters consumed by unbounded loops in a term, also inside non-repeated groups like `(\s*)`. */
function loopSet(t: Term): CharSet | undefined {
  if (unbounded(t)) return firstSet(t);
  if (t.atom.k !== 'group') return undefined;
  let s: CharSet | undefined;
  for (const seq of t.atom.alts) for (const x of seq) {
    const l = loopSet(x);
    if (l) s = s ? union(s, l) : l;
  }
  return s;
}

function analyseSeq(seq: Term[], risks: Set<RedosRisk>, atStart: boolean, anchoredStart: boolean): void {
  for (let k = 0; k < seq.length; k++) {
    const t = seq[k]!;
    if (t.atom.k === 'group') {
      if (unbounded(t) && ambiguousBody(t.atom.alts)) risks.add('exponential');
      // Repetition boundary: the loop ending one iteration meets the loop starting the next.
      if (unbounded(t)) {
        for (const body of t.atom.alts) {
          const first = body[0];
          const last = body[body.length - 1];
          const a = last ? loopSet(last) : undefined;
          const b = first && loopSet(first) ? firstChars(first) : undefined;
          if (a && b && overlaps(a, b)) risks.add('polynomial');
        }
      }
      for (const inner of t.atom.alts) analyseSeq(inner, risks, atStart && k === 0, anchoredStart);
    }
    const set = loopSet(t);
    if (!set) continue;
    // Two loops over overlapping characters with only optional terms, or single characters both
    // loops can also consume, between them (`\s*\s*`, `.+@.+`).
    for (let j = k + 1; j < seq.length; j++) {
      const u = seq[j]!;
      const entry = loopSet(u) ? firstChars(u) : undefined;
      if (entry && overlaps(set, entry)) {
        risks.add('polynomial');
        break;
      }
      const single = u.atom.k === 'set' && u.max === 1 ? u.atom.set : undefined;
      if (!canBeEmpty(u) && !(single && overlaps(single, set))) break;
    }
    // An unanchored leading loop that something after it can make fail: every start position
    // inside a long run rescans the run (/\s+$/, / *, */).
    if (!anchoredStart && atStart && k === 0 && unbounded(t)) {
      const rest = seq.slice(1);
      if (rest.some((x) => !canBeEmpty(x) || (x.atom.k === 'anchor' && x.atom.kind === 'end'))) risks.add('polynomial');
    }
  }
}

export function redosRisk(source: string, flags = ''): RedosRisk | undefined {
  if (source.length > 2000) return undefined;
  let alts: Term[][];
  try {
    alts = new Parser(source, flags.includes('i'), flags.includes('s')).parseAlt();
  } catch {
    return undefined;
  }
  const risks = new Set<RedosRisk>();
  for (const seq of alts) {
    const anchored = seq[0]?.atom.k === 'anchor' && seq[0].atom.kind === 'start';
    analyseSeq(anchored ? seq.slice(1) : seq, risks, true, anchored || flags.includes('y'));
  }
  if (risks.has('exponential')) return 'exponential';
  return risks.has('polynomial') ? 'polynomial' : undefined;
}

/** `^...$` regexes restrict the whole string: used as sanitizing guards. */
export function isAnchoredRegex(source: string): boolean {
  return /^\^/.test(source) && /(?<!\\)\$$|\\z$|\\Z$/.test(source) && !/(^|[^\\])\|/.test(source.replace(/\(.*?\)/g, ''));
}
