/**
 * Writes the labelled Java corpus (bench/java/corpus): for every taint class, vulnerable files
 * (a request source, a flow that keeps the value, a sink) and safe twins that differ in one place
 * (a flow that removes the taint, or a class-specific safe API); plus hand-listed variants of the
 * structural classes (weak hash, weak cipher, weak randomness, insecure cookie). Each file starts
 * with a `nullpath-bench:` label line read by run.ts. Deterministic: re-running rewrites the
 * same files.
 *
 *   node --import tsx bench/java/generate.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAFE_FLOWS, SOURCES, TAINT_CLASSES, VULN_FLOWS, type Flow, type Sink, type Source } from './templates';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

interface Case {
  cls: string;
  cwe: string;
  vulnerable: boolean;
  variant: string;
  content: (name: string) => string;
}

function indent(lines: readonly string[], pad: string): string {
  return lines.map((l) => (l ? pad + l : l)).join('\n');
}

function taintFile(name: string, label: string, src: Source, flow: Flow, sink: Sink): string {
  const imports = [...new Set([...src.imports, ...(flow.imports ?? []), ...sink.imports])].sort();
  const helpers = [...(flow.helpers ?? []), ...(sink.helpers ?? [])];
  const extendsServlet = src.imports.includes('javax.servlet.http.HttpServlet');
  const sig = sink.throwsException ? src.signature.replace(/throws IOException$/, 'throws Exception') : src.signature;
  return [
    `// nullpath-bench: ${label}`,
    'package bench.cases;',
    '',
    ...imports.map((i) => `import ${i};`),
    '',
    ...(src.classAnnotations ?? []),
    `public class ${name}${extendsServlet ? ' extends HttpServlet' : ''} {`,
    ...helpers.map((h) => `  ${h}\n`),
    `  ${sig} {`,
    indent([...src.read, ...flow.lines, ...sink.lines], '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}

function taintCases(): Case[] {
  const out: Case[] = [];
  for (const tc of TAINT_CLASSES) {
    const unsafe = tc.sinks.filter((s) => !s.safe);
    const safeSinks = tc.sinks.filter((s) => s.safe);
    const add = (vulnerable: boolean, src: Source, flow: Flow, sink: Sink): void => {
      const variant = `source=${src.id} flow=${flow.id} sink=${sink.id}`;
      out.push({ cls: tc.id, cwe: tc.cwe, vulnerable, variant, content: (name) => taintFile(name, `class=${tc.id} cwe=${tc.cwe} vulnerable=${vulnerable} ${variant}`, src, flow, sink) });
    };
    for (let round = 0; round < 2; round++) {
      VULN_FLOWS.forEach((flow, i) => add(true, SOURCES[(i + round * 3) % SOURCES.length]!, flow, unsafe[(i + round) % unsafe.length]!));
      SAFE_FLOWS.forEach((flow, i) => add(false, SOURCES[(i + round * 3 + 1) % SOURCES.length]!, flow, unsafe[(i + round) % unsafe.length]!));
    }
    safeSinks.forEach((sink, k) => {
      for (let j = 0; j < 6; j++) add(false, SOURCES[(j + k) % SOURCES.length]!, VULN_FLOWS[(j * 2 + k) % VULN_FLOWS.length]!, sink);
    });
  }
  return out;
}

/** Structural classes: the statement under test inside a small servlet method. */
function structuralFile(name: string, label: string, imports: string[], body: string[]): string {
  const all = [...new Set(['java.io.IOException', 'javax.servlet.http.HttpServlet', 'javax.servlet.http.HttpServletRequest', 'javax.servlet.http.HttpServletResponse', ...imports])].sort();
  return [
    `// nullpath-bench: ${label}`,
    'package bench.cases;',
    '',
    ...all.map((i) => `import ${i};`),
    '',
    `public class ${name} extends HttpServlet {`,
    '  @Override',
    '  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {',
    '    try {',
    indent(body, '      '),
    '    } catch (Exception e) {',
    '      response.sendError(500);',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

type Variant = [vulnerable: boolean, id: string, imports: string[], body: string[]];

const MD = ['java.security.MessageDigest'];
const CI = ['javax.crypto.Cipher', 'javax.crypto.KeyGenerator'];
const RND = ['java.util.Random'];
const CK = ['javax.servlet.http.Cookie'];

const STRUCTURAL: { cls: string; cwe: string; variants: Variant[] }[] = [
  {
    cls: 'hash',
    cwe: '328',
    variants: [
      [true, 'md5', MD, ['MessageDigest md = MessageDigest.getInstance("MD5");', 'md.update(request.getParameter("p").getBytes());', 'response.getWriter().print(md.digest().length);']],
      [true, 'sha1', MD, ['MessageDigest md = MessageDigest.getInstance("SHA-1");', 'md.update("fixed".getBytes());']],
      [true, 'sha1-nodash', MD, ['byte[] h = MessageDigest.getInstance("SHA1").digest("x".getBytes());', 'response.setContentLength(h.length);']],
      [true, 'md2', MD, ['MessageDigest.getInstance("MD2").reset();']],
      [true, 'local-constant', MD, ['String alg = "MD5";', 'MessageDigest md = MessageDigest.getInstance(alg);', 'md.reset();']],
      [true, 'provider', MD, ['MessageDigest md = MessageDigest.getInstance("MD5", "SUN");', 'md.reset();']],
      [true, 'digestutils', ['org.apache.commons.codec.digest.DigestUtils'], ['String h = DigestUtils.md5Hex(request.getParameter("p"));', 'response.getWriter().print(h.length());']],
      [false, 'sha256', MD, ['MessageDigest md = MessageDigest.getInstance("SHA-256");', 'md.update(request.getParameter("p").getBytes());']],
      [false, 'sha512', MD, ['MessageDigest.getInstance("SHA-512").reset();']],
      [false, 'sha3', MD, ['byte[] h = MessageDigest.getInstance("SHA3-256").digest("x".getBytes());', 'response.setContentLength(h.length);']],
      [false, 'local-constant', MD, ['String alg = "SHA-384";', 'MessageDigest md = MessageDigest.getInstance(alg);', 'md.reset();']],
      [false, 'provider', MD, ['MessageDigest md = MessageDigest.getInstance("SHA-256", "SUN");', 'md.reset();']],
      [false, 'digestutils', ['org.apache.commons.codec.digest.DigestUtils'], ['String h = DigestUtils.sha256Hex(request.getParameter("p"));', 'response.getWriter().print(h.length());']],
    ],
  },
  {
    cls: 'crypto',
    cwe: '327',
    variants: [
      [true, 'des', CI, ['Cipher c = Cipher.getInstance("DES");', 'c.init(Cipher.ENCRYPT_MODE, KeyGenerator.getInstance("DES").generateKey());']],
      [true, 'des-cbc', CI, ['Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding");', 'c.getBlockSize();']],
      [true, 'desede-ecb', CI, ['Cipher c = Cipher.getInstance("DESede/ECB/PKCS5Padding");', 'c.getBlockSize();']],
      [true, 'aes-ecb', CI, ['Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding");', 'c.init(Cipher.ENCRYPT_MODE, KeyGenerator.getInstance("AES").generateKey());']],
      [true, 'aes-default', CI, ['Cipher c = Cipher.getInstance("AES");', 'c.getBlockSize();']],
      [true, 'rc4', CI, ['Cipher c = Cipher.getInstance("RC4");', 'c.getBlockSize();']],
      [true, 'blowfish', CI, ['String transform = "Blowfish/CBC/PKCS5Padding";', 'Cipher c = Cipher.getInstance(transform);', 'c.getBlockSize();']],
      [false, 'aes-gcm', CI, ['Cipher c = Cipher.getInstance("AES/GCM/NoPadding");', 'c.init(Cipher.ENCRYPT_MODE, KeyGenerator.getInstance("AES").generateKey());']],
      [false, 'aes-cbc', CI, ['Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");', 'c.getBlockSize();']],
      [false, 'rsa-oaep', CI, ['Cipher c = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");', 'c.getBlockSize();']],
      [false, 'chacha', CI, ['Cipher c = Cipher.getInstance("ChaCha20-Poly1305");', 'c.getBlockSize();']],
      [false, 'aes-gcm-var', CI, ['String transform = "AES/GCM/NoPadding";', 'Cipher c = Cipher.getInstance(transform);', 'c.getBlockSize();']],
      [false, 'aes-ctr', CI, ['Cipher c = Cipher.getInstance("AES/CTR/NoPadding");', 'c.getBlockSize();']],
    ],
  },
  {
    cls: 'weakrand',
    cwe: '330',
    variants: [
      [true, 'random-token', RND, ['String token = Integer.toHexString(new Random().nextInt());', 'response.addHeader("X-Token", token);']],
      [true, 'math-random', [], ['double sessionKey = Math.random();', 'request.getSession().setAttribute("k", sessionKey);']],
      [true, 'random-var', RND, ['Random rnd = new Random();', 'long nonce = rnd.nextLong();', 'response.setHeader("X-Nonce", Long.toString(nonce));']],
      [true, 'seeded', RND, ['Random rnd = new Random(System.currentTimeMillis());', 'String resetCode = String.valueOf(100000 + rnd.nextInt(900000));', 'response.getWriter().print(resetCode.length());']],
      [true, 'thread-local', ['java.util.concurrent.ThreadLocalRandom'], ['int otp = ThreadLocalRandom.current().nextInt(1000000);', 'request.getSession().setAttribute("otp", otp);']],
      [true, 'csrf', RND, ['String csrfToken = Long.toString(new Random().nextLong(), 36);', 'request.getSession().setAttribute("csrf", csrfToken);']],
      [false, 'secure-token', ['java.security.SecureRandom'], ['String token = Integer.toHexString(new SecureRandom().nextInt());', 'response.addHeader("X-Token", token);']],
      [false, 'random-delay', RND, ['int delayMs = new Random().nextInt(250);', 'Thread.sleep(delayMs);']],
      [false, 'uuid', ['java.util.UUID'], ['String token = UUID.randomUUID().toString();', 'response.addHeader("X-Token", token);']],
      [false, 'math-jitter', [], ['double jitter = Math.random() * 10;', 'Thread.sleep((long) jitter);']],
      [false, 'secure-var', ['java.security.SecureRandom'], ['SecureRandom rnd = new SecureRandom();', 'long nonce = rnd.nextLong();', 'response.setHeader("X-Nonce", Long.toString(nonce));']],
      [false, 'shuffle', ['java.util.ArrayList', 'java.util.Collections', 'java.util.List'], ['List<String> tiles = new ArrayList<>(List.of("a", "b", "c"));', 'Collections.shuffle(tiles, new Random());', 'response.getWriter().print(tiles.size());'], ],
    ],
  },
  {
    cls: 'securecookie',
    cwe: '614',
    variants: [
      [true, 'no-flag', CK, ['Cookie c = new Cookie("session", request.getSession().getId());', 'response.addCookie(c);']],
      [true, 'httponly-only', CK, ['Cookie c = new Cookie("remember", "1");', 'c.setHttpOnly(true);', 'response.addCookie(c);']],
      [true, 'explicit-false', CK, ['Cookie c = new Cookie("pref", "dark");', 'c.setSecure(false);', 'response.addCookie(c);']],
      [true, 'max-age', CK, ['Cookie c = new Cookie("sid", "x");', 'c.setMaxAge(3600);', 'c.setPath("/");', 'response.addCookie(c);']],
      [true, 'inline', CK, ['response.addCookie(new Cookie("lang", "en"));']],
      [false, 'secure', CK, ['Cookie c = new Cookie("session", request.getSession().getId());', 'c.setSecure(true);', 'response.addCookie(c);']],
      [false, 'secure-httponly', CK, ['Cookie c = new Cookie("remember", "1");', 'c.setHttpOnly(true);', 'c.setSecure(true);', 'response.addCookie(c);']],
      [false, 'secure-max-age', CK, ['Cookie c = new Cookie("sid", "x");', 'c.setMaxAge(3600);', 'c.setSecure(true);', 'response.addCookie(c);']],
      [false, 'no-cookie', CK, ['Cookie[] cs = request.getCookies();', 'response.getWriter().print(cs == null ? 0 : cs.length);']],
      [false, 'secure-path', CK, ['Cookie c = new Cookie("lang", "en");', 'c.setPath("/");', 'c.setSecure(true);', 'response.addCookie(c);']],
    ],
  },
];

function structuralCases(): Case[] {
  return STRUCTURAL.flatMap(({ cls, cwe, variants }) =>
    variants.map(([vulnerable, id, imports, body]) => ({ cls, cwe, vulnerable, variant: `variant=${id}`, content: (name: string) => structuralFile(name, `class=${cls} cwe=${cwe} vulnerable=${vulnerable} variant=${id}`, imports, body) })),
  );
}

export function allCases(): Case[] {
  return [...taintCases(), ...structuralCases()];
}

function main(): void {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  const counters = new Map<string, number>();
  const cases = allCases();
  for (const c of cases) {
    const n = (counters.get(c.cls) ?? 0) + 1;
    counters.set(c.cls, n);
    const name = `${c.cls[0]!.toUpperCase()}${c.cls.slice(1)}${String(n).padStart(3, '0')}${c.vulnerable ? 'Vuln' : 'Safe'}`;
    const dir = join(CORPUS_DIR, c.cls);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.java`), c.content(name));
  }
  console.log(`wrote ${cases.length} files in ${counters.size} classes to ${CORPUS_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
