import type { Ecosystem } from '../model/ecosystem';
import type { LockGraph } from './lock-graph';

export interface ParseInput {
  /** Path relative to the scanned root, forward slashes. */
  path: string;
  content: string;
  /** Reads a file next to the manifest (package.json beside a lockfile, go.sum beside go.mod); undefined if absent. */
  readSibling(name: string): string | undefined;
  /** Reads a file relative to the manifest's folder (requirements `-r` includes); undefined if absent or outside. */
  readRelative(relPath: string): { path: string; content: string } | undefined;
  /** Names of the entries of a folder relative to the manifest's folder (workspace globs). */
  listDir?(relPath: string): string[];
}

export interface ManifestParser {
  name: string;
  ecosystem: Ecosystem;
  /** Called with the file's base name and its path relative to the root. */
  matches(fileName: string, relPath: string): boolean;
  /** Throws ManifestParseError (or anything) for a file it cannot read; the caller reports it as unscanned. */
  parse(input: ParseInput): LockGraph;
}
