import { describe, expect, it } from 'vitest';
import { canonicalEcosystem, normaliseName } from './ecosystem';

describe('ecosystems and names', () => {
  it('drops OSV ecosystem suffixes and rejects ecosystems Nullpath does not match', () => {
    expect(canonicalEcosystem('npm')).toBe('npm');
    expect(canonicalEcosystem('PyPI')).toBe('PyPI');
    expect(canonicalEcosystem('Maven:https://repo.maven.apache.org/maven2/')).toBe('Maven');
    expect(canonicalEcosystem('Debian:12')).toBeUndefined();
    expect(canonicalEcosystem('GIT')).toBeUndefined();
  });

  it('normalises PyPI names per PEP 503 and NuGet/Packagist case-insensitively; npm, Go and Maven stay exact', () => {
    expect(normaliseName('PyPI', 'Flask_SQLAlchemy')).toBe('flask-sqlalchemy');
    expect(normaliseName('PyPI', 'zope.interface')).toBe('zope-interface');
    expect(normaliseName('NuGet', 'Newtonsoft.Json')).toBe('newtonsoft.json');
    expect(normaliseName('Packagist', 'Symfony/HTTP-Kernel')).toBe('symfony/http-kernel');
    expect(normaliseName('npm', 'JSONStream')).toBe('JSONStream');
    expect(normaliseName('Go', 'github.com/BurntSushi/toml')).toBe('github.com/BurntSushi/toml');
  });
});
