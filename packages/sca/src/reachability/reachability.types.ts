export type SourceLanguage = 'javascript' | 'typescript' | 'python' | 'go' | 'rust' | 'ruby' | 'php' | 'java' | 'csharp';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Relative to the scanned root, forward slashes (used in evidence). */
  relPath: string;
  language: SourceLanguage;
}

/** One import/require in first-party code. `module` is the specifier as written (`lodash/fp`, `golang.org/x/text/language`). */
export interface ImportSite {
  file: string;
  line: number;
  module: string;
  /** Named bindings, where the extractor knows them. */
  symbols?: string[];
}

/**
 * Supplied by the caller (the CLI wires @nullpath/engine's extractor or a fallback); sca never imports an engine.
 * `languages` are the languages it can read: a language it cannot read yields "unknown", never "not reachable".
 */
export interface ImportExtractor {
  languages: readonly SourceLanguage[];
  extract(files: readonly SourceFile[]): Promise<ImportSite[]>;
}

/** A function or method an advisory names, in the module it belongs to. */
export interface CallTarget {
  module: string;
  symbols: string[];
}

export interface CallSite {
  file: string;
  line: number;
  module: string;
  symbol: string;
}

export interface CallExtractor {
  languages: readonly SourceLanguage[];
  extract(files: readonly SourceFile[], targets: readonly CallTarget[]): Promise<CallSite[]>;
}

export interface ReachabilityEvidence {
  kind: 'import' | 'call';
  file: string;
  line: number;
  module: string;
  symbol?: string;
}

/** Three states; "no data" is always `unknown`. `level` is the tier that decided it. */
export interface Reachability {
  state: 'reachable' | 'not-reachable' | 'unknown';
  level: 'scope' | 'import' | 'function' | 'none';
  reason: string;
  evidence: ReachabilityEvidence[];
}
