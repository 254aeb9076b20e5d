import { cargoLockParser } from './cargo/cargo-lock.parser';
import { composerLockParser } from './composer/composer-lock.parser';
import { goModParser } from './go/go-mod.parser';
import { gradleLockParser, pomXmlParser } from './maven/pom-xml.parser';
import { bunLockParser } from './npm/bun-lock.parser';
import { npmLockParser } from './npm/npm-lock.parser';
import { pnpmLockParser } from './npm/pnpm-lock.parser';
import { yarnLockParser } from './npm/yarn-lock.parser';
import { nugetLockParser } from './nuget/packages-lock.parser';
import type { ManifestParser } from './parser.types';
import { pdmLockParser, pipfileLockParser, poetryLockParser, uvLockParser } from './python/python-locks.parser';
import { requirementsParser } from './python/requirements.parser';
import { gemfileLockParser } from './ruby/gemfile-lock.parser';

export const PARSERS: readonly ManifestParser[] = [
  npmLockParser,
  yarnLockParser,
  pnpmLockParser,
  bunLockParser,
  requirementsParser,
  poetryLockParser,
  pipfileLockParser,
  uvLockParser,
  pdmLockParser,
  goModParser,
  pomXmlParser,
  gradleLockParser,
  cargoLockParser,
  gemfileLockParser,
  composerLockParser,
  nugetLockParser,
];

export const NPM_LOCKFILES = new Set(['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']);
