import type { Ecosystem } from '../model/ecosystem';
import { normaliseName } from '../model/ecosystem';
import type { SourceLanguage } from './reachability.types';

export const LANGUAGE_BY_EXTENSION: Record<string, SourceLanguage> = {
  '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript',
  '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'typescript',
  '.py': 'python', '.go': 'go', '.rs': 'rust', '.rb': 'ruby', '.php': 'php', '.java': 'java', '.kt': 'java', '.cs': 'csharp',
};

export const ECOSYSTEM_LANGUAGES: Record<Ecosystem, readonly SourceLanguage[]> = {
  npm: ['javascript', 'typescript'],
  PyPI: ['python'],
  Go: ['go'],
  'crates.io': ['rust'],
  RubyGems: ['ruby'],
  Packagist: ['php'],
  Maven: ['java'],
  NuGet: ['csharp'],
};

/** Ecosystems whose import specifiers name the package; PHP namespaces, Java packages and .NET namespaces do not. */
export const IMPORT_MAPPABLE: ReadonlySet<Ecosystem> = new Set(['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems']);

// Import names that differ from the distribution name (top-level module → PyPI project).
const PYTHON_MODULES: Record<string, string> = {
  yaml: 'pyyaml', PIL: 'pillow', jwt: 'pyjwt', bs4: 'beautifulsoup4', sklearn: 'scikit-learn', cv2: 'opencv-python',
  Crypto: 'pycryptodome', dateutil: 'python-dateutil', OpenSSL: 'pyopenssl', jose: 'python-jose', magic: 'python-magic',
  dotenv: 'python-dotenv', google: 'protobuf', attr: 'attrs', serial: 'pyserial', MySQLdb: 'mysqlclient', psycopg2: 'psycopg2',
  ldap: 'python-ldap', docx: 'python-docx', multipart: 'python-multipart', zmq: 'pyzmq', git: 'gitpython', markdown: 'markdown',
};

/** npm package an import specifier refers to, or undefined for relative paths and Node built-ins. */
export function npmPackageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|[a-z]+:\/\/)/.test(specifier) || specifier === '') return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
}

/** Does an import specifier (as written in first-party code) load this package? */
export function importLoadsPackage(ecosystem: Ecosystem, specifier: string, packageName: string): boolean {
  switch (ecosystem) {
    case 'npm':
      return npmPackageOf(specifier) === packageName;
    case 'PyPI': {
      const top = specifier.split('.')[0] ?? '';
      const dist = PYTHON_MODULES[top] ?? top;
      return normaliseName('PyPI', dist) === normaliseName('PyPI', packageName);
    }
    case 'Go':
      return packageName === 'stdlib' ? !specifier.includes('.') : specifier === packageName || specifier.startsWith(`${packageName}/`);
    case 'crates.io':
      return specifier.split('::')[0] === packageName.replace(/-/g, '_');
    case 'RubyGems': {
      const first = specifier.split('/')[0] ?? '';
      return first === packageName || specifier === packageName.replace(/-/g, '/') || first === packageName.replace(/-/g, '_');
    }
    default:
      return false;
  }
}
