import { constValue, type Value } from '../dataflow/value';

/**
 * Constant folding for branch conditions and string building, so "safe because the condition is
 * constant" code is not reported. Only operators with unsurprising semantics on primitives fold.
 */

export function truthiness(v: Value): boolean | undefined {
  if (v.fns.length || v.fields) return v.hasConst ? Boolean(v.konst) : undefined;
  if (!v.hasConst) return undefined;
  return Boolean(v.konst);
}

export function foldUnary(op: string, v: Value): Value | undefined {
  if (op === '!' || op === 'not') {
    const t = truthiness(v);
    return t === undefined ? undefined : constValue(!t);
  }
  if (!v.hasConst) return undefined;
  const x = v.konst;
  switch (op) {
    case 'typeof':
      return constValue(x === null ? 'object' : typeof x);
    case '-':
      return typeof x === 'number' ? constValue(-x) : undefined;
    case '+':
      return typeof x === 'number' ? v : undefined;
    case 'void':
      return constValue(undefined);
    default:
      return undefined;
  }
}

export function foldBinary(op: string, a: Value, b: Value): Value | undefined {
  if (!a.hasConst || !b.hasConst) return undefined;
  const x = a.konst;
  const y = b.konst;
  switch (op) {
    case '===':
    case 'is':
      return constValue(x === y);
    case '!==':
    case 'is not':
      return constValue(x !== y);
    case '==':
      // eslint-disable-next-line eqeqeq
      return constValue(x == y);
    case '!=':
      // eslint-disable-next-line eqeqeq
      return constValue(x != y);
  }
  if (typeof x !== 'number' || typeof y !== 'number') {
    if (typeof x === 'string' && typeof y === 'string' && (op === '<' || op === '>')) return constValue(op === '<' ? x < y : x > y);
    return undefined;
  }
  switch (op) {
    case '-':
      return constValue(x - y);
    case '*':
      return constValue(x * y);
    case '/':
      return y === 0 ? undefined : constValue(x / y);
    case '%':
      return y === 0 ? undefined : constValue(x % y);
    case '<':
      return constValue(x < y);
    case '<=':
      return constValue(x <= y);
    case '>':
      return constValue(x > y);
    case '>=':
      return constValue(x >= y);
    default:
      return undefined;
  }
}
