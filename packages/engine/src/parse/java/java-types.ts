import { field, named, type Node } from '../syntax-node';

/**
 * Classes of the packages models talk about, by simple name: an on-demand import (`java.sql.*`)
 * resolves a simple name only to a class listed here, so unrelated names never get a guessed type.
 */
const KNOWN_PACKAGES: Record<string, readonly string[]> = {
  'java.lang': ['String', 'StringBuilder', 'StringBuffer', 'Runtime', 'ProcessBuilder', 'Process', 'Math', 'Integer', 'Long', 'Short', 'Double', 'Float', 'Boolean', 'System', 'Object', 'Class', 'Thread', 'Runnable'],
  'java.util.function': ['Function', 'BiFunction', 'Supplier', 'Consumer', 'BiConsumer', 'Predicate', 'UnaryOperator', 'BinaryOperator'],
  'java.util.concurrent': ['Callable', 'ConcurrentHashMap', 'ThreadLocalRandom'],
  'java.sql': ['Statement', 'PreparedStatement', 'CallableStatement', 'Connection', 'ResultSet', 'DriverManager'],
  'java.io': ['File', 'FileInputStream', 'FileOutputStream', 'FileReader', 'FileWriter', 'ObjectInputStream', 'InputStream', 'PrintWriter', 'BufferedReader', 'RandomAccessFile'],
  'java.nio.file': ['Files', 'Paths', 'Path'],
  'java.net': ['URL', 'URI', 'HttpURLConnection', 'URLConnection', 'Socket'],
  'java.util': ['Random', 'List', 'ArrayList', 'Map', 'HashMap', 'LinkedHashMap', 'TreeMap', 'Base64', 'Scanner', 'Properties'],
  'java.security': ['MessageDigest', 'SecureRandom'],
  'javax.crypto': ['Cipher', 'KeyGenerator', 'Mac'],
  'javax.naming.directory': ['DirContext', 'InitialDirContext', 'SearchControls'],
  'javax.naming.ldap': ['LdapContext', 'InitialLdapContext'],
  'javax.xml.xpath': ['XPath', 'XPathFactory', 'XPathExpression'],
  'javax.servlet.http': ['HttpServletRequest', 'HttpServletResponse', 'HttpSession', 'Cookie', 'HttpServlet'],
  'jakarta.servlet.http': ['HttpServletRequest', 'HttpServletResponse', 'HttpSession', 'Cookie', 'HttpServlet'],
  'javax.servlet': ['ServletRequest', 'ServletResponse'],
  'jakarta.servlet': ['ServletRequest', 'ServletResponse'],
  'javax.persistence': ['EntityManager', 'Query'],
  'jakarta.persistence': ['EntityManager', 'Query'],
  'org.springframework.jdbc.core': ['JdbcTemplate', 'NamedParameterJdbcTemplate'],
  'org.springframework.web.bind.annotation': ['RequestParam', 'PathVariable', 'RequestBody', 'RequestHeader', 'CookieValue', 'GetMapping', 'PostMapping', 'RequestMapping', 'RestController'],
  'javax.ws.rs': ['QueryParam', 'PathParam', 'FormParam', 'HeaderParam', 'CookieParam', 'GET', 'POST', 'Path'],
  'jakarta.ws.rs': ['QueryParam', 'PathParam', 'FormParam', 'HeaderParam', 'CookieParam', 'GET', 'POST', 'Path'],
};

/** Resolves simple type names of one compilation unit through its package, imports and java.lang. */
export class JavaTypeScope {
  private readonly single = new Map<string, string>();
  private readonly onDemand: string[] = [];
  readonly localClasses = new Set<string>();
  pkg = '';

  addImport(n: Node): { module: string; imported: string } | undefined {
    if (n.children.some((c) => c?.type === 'static')) return undefined;
    const target = named(n).find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
    if (!target) return undefined;
    const fqn = target.text.replace(/\s+/g, '');
    if (named(n).some((c) => c.type === 'asterisk')) {
      this.onDemand.push(fqn);
      return { module: fqn, imported: '*' };
    }
    const simple = fqn.slice(fqn.lastIndexOf('.') + 1);
    this.single.set(simple, fqn);
    return { module: fqn.slice(0, fqn.lastIndexOf('.')), imported: simple };
  }

  /** A type name as written (`List<String>`, `java.sql.Statement`, `String[]`) → fully qualified, or undefined. */
  resolve(written: string | undefined): string | undefined {
    if (!written) return undefined;
    const base = written.replace(/<.*>/s, '').replace(/@\w+\s*/g, '').trim();
    if (base.endsWith(']')) return undefined;
    if (base.includes('.')) {
      const head = base.slice(0, base.indexOf('.'));
      const outer = this.single.get(head);
      return outer ? `${outer}${base.slice(head.length)}` : base;
    }
    const imported = this.single.get(base);
    if (imported) return imported;
    if (this.localClasses.has(base)) return this.pkg ? `${this.pkg}.${base}` : base;
    for (const p of this.onDemand) if (KNOWN_PACKAGES[p]?.includes(base)) return `${p}.${base}`;
    if (KNOWN_PACKAGES['java.lang']!.includes(base)) return `java.lang.${base}`;
    // Classes of the same package need no import; the analysis looks the name up among scanned files.
    return this.pkg && /^[A-Z]\w*[a-z]\w*$/.test(base) ? `${this.pkg}.${base}` : undefined;
  }

  /** True when `name` can only be a class reference here (imported, java.lang, or declared in this file). */
  isClassName(name: string): boolean {
    return /^[A-Z]/.test(name) && this.resolve(name) !== undefined;
  }
}

/** The written type of a declaration node (`type` field), without annotations. */
export function typeText(n: Node): string | undefined {
  const t = field(n, 'type');
  return t?.text;
}

/** Annotation names on a declaration's modifiers (`@RequestParam("id")` → `RequestParam`). */
export function annotationsOf(n: Node): string[] {
  const mods = named(n).find((c) => c.type === 'modifiers');
  if (!mods) return [];
  const out: string[] = [];
  for (const a of named(mods)) {
    if (a.type !== 'annotation' && a.type !== 'marker_annotation') continue;
    const name = field(a, 'name')?.text;
    if (name) out.push(name);
  }
  return out;
}

export function hasModifier(n: Node, word: string): boolean {
  const mods = named(n).find((c) => c.type === 'modifiers');
  return !!mods && mods.children.some((c) => c?.text === word);
}
