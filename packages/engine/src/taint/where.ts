import type { Value } from '../dataflow/value';
import { isAnchoredRegex, redosRisk } from '../match/redos';
import type { WherePredicate } from '../rule-schema/model.schema';
import { compileRegex } from '../rule-schema/load';

const SQL_START = /^\s*\(?\s*(select|insert|update|delete|with|create|drop|alter|replace|merge|call|exec|execute|truncate|grant|pragma|upsert)\b/i;
const SQL_INNER = /\b(select\s.+\sfrom|insert\s+into|delete\s+from|update\s+\w+\s+set|where\s+\w+\s*(=|like|in\b))/i;

function stringLike(v: Value): string | undefined {
  if (v.hasConst && typeof v.konst === 'string') return v.konst;
  return v.prefix;
}

/** `yaml.SafeLoader` for a value that denotes a library member; lets predicates test option values. */
function apiText(v: Value): string | undefined {
  const r = v.api.find((a) => !a.root.startsWith('type:') && a.path.every((t) => t.startsWith('M:')));
  return r ? [r.root, ...r.path.map((t) => t.slice(2))].join('.') : undefined;
}

export function regexSource(v: Value): { source: string; flags: string } | undefined {
  if (v.regex) return v.regex;
  if (v.hasConst && typeof v.konst === 'string') return { source: v.konst, flags: '' };
  return undefined;
}

/** Can the attacker-controlled part of a URL change scheme or host? (SSRF) */
function unsafeUrlPrefix(v: Value): boolean {
  const p = v.prefix;
  if (p === undefined) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(p)) return false;
  if (/^\/(?![/\\])/.test(p)) return false;
  return true;
}

/** Can the attacker-controlled part send the browser to another origin? (open redirect) */
function unsafeRedirectPrefix(v: Value): boolean {
  const p = v.prefix;
  if (p === undefined) return true;
  if (/^\/(?![/\\])./.test(p)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i.test(p)) return false;
  return true;
}

const regexCache = new Map<string, RegExp>();
function cached(re: string): RegExp {
  let r = regexCache.get(re);
  if (!r) {
    r = compileRegex(re);
    regexCache.set(re, r);
  }
  return r;
}

/** Evaluates a model row's `where` predicate on the value at a call position (undefined = argument absent). */
export function wherePredicate(pred: WherePredicate, v: Value | undefined): boolean {
  if (typeof pred === 'object') {
    const s = v ? (stringLike(v) ?? regexSource(v)?.source ?? apiText(v)) : undefined;
    if ('matches' in pred) return s !== undefined && cached(pred.matches).test(s);
    return s === undefined || !cached(pred.notMatches).test(s);
  }
  switch (pred) {
    case 'absent':
      return v === undefined;
    case 'truthy':
      return !!v && v.hasConst && Boolean(v.konst);
    case 'falsy':
      return !!v && v.hasConst && !v.konst;
    case 'constant':
      return !!v && v.hasConst;
    case 'not-constant':
      return !!v && !v.hasConst;
    case 'sql-like': {
      const s = v ? stringLike(v) : undefined;
      return s !== undefined && (SQL_START.test(s) || SQL_INNER.test(s));
    }
    case 'vulnerable-regex': {
      const r = v ? regexSource(v) : undefined;
      return r !== undefined && redosRisk(r.source, r.flags) !== undefined;
    }
    case 'anchored-regex': {
      const r = v ? regexSource(v) : undefined;
      return r !== undefined && isAnchoredRegex(r.source);
    }
    case 'unsafe-url-prefix':
      return !!v && unsafeUrlPrefix(v);
    case 'unsafe-redirect-prefix':
      return !!v && unsafeRedirectPrefix(v);
  }
}
