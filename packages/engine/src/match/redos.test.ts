import { describe, expect, it } from 'vitest';
import { isAnchoredRegex, redosRisk } from './redos';

describe('redosRisk', () => {
  it('flags ambiguous repetition as exponential', () => {
    expect(redosRisk('(a+)+$')).toBe('exponential');
    expect(redosRisk('^([a-zA-Z0-9_.-]+)+@[a-z]+$')).toBe('exponential');
    expect(redosRisk('(\\w+\\s?)+$')).toBe('exponential');
    expect(redosRisk('(a|a)*b')).toBe('exponential');
    expect(redosRisk('(x+x+)+y')).toBe('exponential');
  });

  it('flags overlapping adjacent loops and unanchored loops before $ as polynomial', () => {
    expect(redosRisk('\\s+$')).toBe('polynomial');
    expect(redosRisk('^\\s+|\\s+$')).toBe('polynomial');
    expect(redosRisk('\\d+\\.?\\d+')).toBe('polynomial');
    expect(redosRisk('^(\\s*)(.*?)(\\s*)$')).toBe('polynomial');
    expect(redosRisk('^.+@.+\\..+$')).toBe('polynomial');
    expect(redosRisk(' *, *')).toBe('polynomial');
    expect(redosRisk('^(?:\\w+\\.\\w{2,})+(?:\\/.*|$)')).toBe('polynomial');
  });

  it('accepts linear expressions', () => {
    expect(redosRisk('\\s+')).toBeUndefined();
    expect(redosRisk('^[a-z0-9-]+$')).toBeUndefined();
    expect(redosRisk('^(?:\\w+)(\\.\\w+)*$')).toBeUndefined();
    expect(redosRisk('^(\\d+)\\.(\\d+)$')).toBeUndefined();
    expect(redosRisk('^[a-z]+=[0-9]+$')).toBeUndefined();
    expect(redosRisk('^\\s*$')).toBeUndefined();
  });

  it('recognises whole-string validation regexes', () => {
    expect(isAnchoredRegex('^[a-z]+$')).toBe(true);
    expect(isAnchoredRegex('[a-z]+$')).toBe(false);
    expect(isAnchoredRegex('^a$|b')).toBe(false);
  });
});
