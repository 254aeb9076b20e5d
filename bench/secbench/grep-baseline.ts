/**
 * The comparison baseline: a sink-only "grep" that flags every call to a sink of each class with a
 * non-literal argument, without any dataflow - the behaviour of sink-pattern linters such as
 * eslint-plugin-security (sast.md R17, §5). It reports file, line and CWE like the engine.
 */
export interface BaselineFinding {
  file: string;
  line: number;
  cwe: string;
}

const RULES: { cwe: string; re: RegExp }[] = [
  // command injection: exec-family calls whose first argument is not a plain string literal
  { cwe: 'CWE-78', re: /\b(?:exec|execSync|spawn|spawnSync|execFile|execFileSync|execa|shell\.exec)\s*\(\s*(?!['"`][^'"`$]*['"`]\s*[,)])/ },
  // code injection: eval, Function constructor, vm, string timers
  { cwe: 'CWE-94', re: /\beval\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))|\bnew\s+Function\s*\(|\bFunction\s*\(\s*[^)]|\bvm\.(?:runIn\w+|compileFunction|Script)\s*\(|\bset(?:Timeout|Interval)\s*\(\s*['"`+]/ },
  // path traversal: fs file APIs with a non-literal path
  { cwe: 'CWE-22', re: /\bfs(?:Extra|\.promises)?\.(?:readFile|readFileSync|writeFile|writeFileSync|createReadStream|createWriteStream|unlink|unlinkSync|readdir|readdirSync|stat|statSync|exists|existsSync|open|openSync|access|appendFile|mkdir|rmdir|rm|rename|copyFile)\s*\(\s*(?!['"`][^'"`$]*['"`]\s*[,)])|\.sendFile\s*\(|\bsend\s*\(\s*req\b/ },
  // prototype pollution: any computed-key assignment
  { cwe: 'CWE-1321', re: /\w\s*\[[^\]'"`]+\]\s*=(?!=)/ },
  // ReDoS: regex literals with nested quantifiers, and regexes built from non-literals
  { cwe: 'CWE-1333', re: /\/[^/\n]*\([^)\n]*[+*][^)\n]*\)[+*{][^/\n]*\/[gimsuy]*|new\s+RegExp\s*\(\s*(?!['"`])/ },
];

export function grepBaseline(files: readonly { path: string; content: string }[]): BaselineFinding[] {
  const out: BaselineFinding[] = [];
  for (const f of files) {
    if (!/\.(m|c)?(j|t)sx?$/.test(f.path)) continue;
    f.content.split(/\r?\n/).forEach((text, i) => {
      if (text.length > 2000) return;
      for (const r of RULES) if (r.re.test(text)) out.push({ file: f.path, line: i + 1, cwe: r.cwe });
    });
  }
  return out;
}
