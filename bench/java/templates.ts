/**
 * Building blocks of the labelled Java corpus: request sources, ways the value travels to the
 * sink (vulnerable and safe), and per-class sinks. `generate.ts` combines them into one small
 * servlet/Spring/JAX-RS file per case. Written for Nullpath; no public benchmark code is copied.
 */

export interface Source {
  id: string;
  imports: string[];
  /** Method annotations and signature; the body reads the value into `param`. */
  signature: string;
  read: string[];
  classAnnotations?: string[];
}

const SERVLET = ['javax.servlet.http.HttpServlet', 'javax.servlet.http.HttpServletRequest', 'javax.servlet.http.HttpServletResponse', 'java.io.IOException'];
const SERVLET_SIG = '@Override\n  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException';

export const SOURCES: Source[] = [
  { id: 'param', imports: SERVLET, signature: SERVLET_SIG, read: ['String param = request.getParameter("value");', 'if (param == null) param = "";'] },
  { id: 'header', imports: SERVLET, signature: SERVLET_SIG, read: ['String param = request.getHeader("X-Value");'] },
  {
    id: 'cookie',
    imports: [...SERVLET, 'javax.servlet.http.Cookie'],
    signature: SERVLET_SIG,
    read: ['String param = "none";', 'Cookie[] cookies = request.getCookies();', 'if (cookies != null) {', '  for (Cookie c : cookies) {', '    if (c.getName().equals("pref")) param = c.getValue();', '  }', '}'],
  },
  {
    id: 'query',
    imports: [...SERVLET, 'java.net.URLDecoder'],
    signature: SERVLET_SIG,
    read: ['String qs = request.getQueryString();', 'String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");'],
  },
  {
    id: 'spring',
    imports: ['org.springframework.web.bind.annotation.PostMapping', 'org.springframework.web.bind.annotation.RequestParam', 'org.springframework.web.bind.annotation.RestController', 'javax.servlet.http.HttpServletRequest', 'javax.servlet.http.HttpServletResponse', 'java.io.IOException'],
    classAnnotations: ['@RestController'],
    signature: '@PostMapping("/case")\n  public void handle(@RequestParam("value") String param, HttpServletRequest request, HttpServletResponse response) throws IOException',
    read: [],
  },
  {
    id: 'jaxrs',
    imports: ['javax.ws.rs.POST', 'javax.ws.rs.Path', 'javax.ws.rs.QueryParam', 'javax.ws.rs.core.Context', 'javax.servlet.http.HttpServletRequest', 'javax.servlet.http.HttpServletResponse', 'java.io.IOException'],
    classAnnotations: ['@Path("/case")'],
    signature: '@POST\n  public void handle(@QueryParam("value") String param, @Context HttpServletRequest request, @Context HttpServletResponse response) throws IOException',
    read: [],
  },
];

/** A way `param` becomes `bar`; `helpers` are extra members of the class. */
export interface Flow {
  id: string;
  safe: boolean;
  imports?: string[];
  lines: string[];
  helpers?: string[];
}

export const VULN_FLOWS: Flow[] = [
  { id: 'direct', safe: false, lines: ['String bar = param;'] },
  { id: 'concat', safe: false, lines: ['String bar = param + "";'] },
  { id: 'builder', safe: false, lines: ['StringBuilder sb = new StringBuilder();', 'sb.append(param);', 'String bar = sb.toString();'] },
  { id: 'format', safe: false, lines: ['String bar = String.format("%s", param);'] },
  { id: 'helper', safe: false, lines: ['String bar = normalise(param);'], helpers: ['private String normalise(String in) {\n    return in.trim();\n  }'] },
  { id: 'static-helper', safe: false, lines: ['String bar = Util.pick(param, "x");'], helpers: ['static class Util {\n    static String pick(String a, String b) {\n      return a.isEmpty() ? b : a;\n    }\n  }'] },
  { id: 'field', safe: false, lines: ['this.current = param;', 'String bar = this.current;'], helpers: ['private String current;'] },
  { id: 'ternary', safe: false, lines: ['String bar = param.length() > 3 ? param : "short";'] },
  { id: 'switch', safe: false, lines: ['String bar;', 'switch (param.length() % 3) {', '  case 0: bar = param; break;', '  case 1: bar = "one"; break;', '  default: bar = param.toLowerCase();', '}'] },
  { id: 'loop', safe: false, lines: ['String bar = "";', 'for (String part : param.split(",")) {', '  bar = bar + part;', '}'] },
  { id: 'list', safe: false, imports: ['java.util.ArrayList', 'java.util.List'], lines: ['List<String> values = new ArrayList<>();', 'values.add("safe");', 'values.add(param);', 'String bar = values.get(1);'] },
  { id: 'lambda', safe: false, imports: ['java.util.function.Function'], lines: ['Function<String, String> clean = s -> s.replace("\\t", " ");', 'String bar = clean.apply(param);'] },
  { id: 'exception-message', safe: false, lines: ['String bar;', 'try {', '  throw new IllegalArgumentException(param);', '} catch (IllegalArgumentException e) {', '  bar = e.getMessage();', '}'] },
  { id: 'static-field', safe: false, lines: ['remember(param);', 'String bar = lastSeen;'], helpers: ['private static String lastSeen = "";', 'private static void remember(String v) {\n    lastSeen = v;\n  }'] },
  { id: 'stream', safe: false, imports: ['java.util.Arrays', 'java.util.stream.Collectors'], lines: ['String bar = Arrays.stream(param.split(";")).map(String::trim).collect(Collectors.joining(";"));'] },
  { id: 'interface', safe: false, lines: ['Step step = new Upper();', 'String bar = step.apply(param);'], helpers: ['interface Step {\n    String apply(String in);\n  }', 'static class Upper implements Step {\n    public String apply(String in) {\n      return in.toUpperCase();\n    }\n  }'] },
  { id: 'wrapper-ctor', safe: false, lines: ['Holder h = new Holder(param);', 'String bar = h.value;'], helpers: ['static class Holder {\n    final String value;\n    Holder(String v) {\n      this.value = v;\n    }\n  }'] },
];

export const SAFE_FLOWS: Flow[] = [
  { id: 'constant', safe: true, lines: ['String bar = "fixed-value";'] },
  { id: 'dead-branch', safe: true, lines: ['int limit = 40;', 'String bar = (limit * 2 > 100) ? param : "fixed-value";'] },
  { id: 'dead-if', safe: true, lines: ['String bar = "fixed-value";', 'if (3 > 7) {', '  bar = param;', '}'] },
  { id: 'parse-int', safe: true, lines: ['String bar = String.valueOf(Integer.parseInt(param.trim()));'] },
  { id: 'parse-long', safe: true, lines: ['long n = Long.parseLong(param);', 'String bar = "item-" + n;'] },
  { id: 'allow-list', safe: true, imports: ['java.util.Set'], lines: ['String bar = "default";', 'if (ALLOWED.contains(param)) {', '  bar = param;', '}'], helpers: ['private static final Set<String> ALLOWED = Set.of("alpha", "beta");'] },
  { id: 'regex-guard', safe: true, lines: ['if (!param.matches("[A-Za-z0-9]{1,16}")) {', '  return;', '}', 'String bar = param;'] },
  { id: 'helper-constant', safe: true, lines: ['String bar = describe(param);'], helpers: ['private String describe(String in) {\n    return "described";\n  }'] },
  { id: 'overwrite', safe: true, lines: ['String bar = param;', 'bar = "fixed-value";'] },
  { id: 'list', safe: true, imports: ['java.util.ArrayList', 'java.util.List'], lines: ['List<String> values = new ArrayList<>();', 'values.add("safe");', 'values.add(param);', 'String bar = values.get(0);'] },
  { id: 'map', safe: true, imports: ['java.util.HashMap', 'java.util.Map'], lines: ['Map<String, String> m = new HashMap<>();', 'm.put("a", "safe");', 'm.put("b", param);', 'String bar = m.get("a");'] },
  { id: 'throw-guard', safe: true, imports: ['java.util.Set'], lines: ['if (!ALLOWED.contains(param)) {', '  throw new IllegalArgumentException("unknown value");', '}', 'String bar = param;'], helpers: ['private static final Set<String> ALLOWED = Set.of("alpha", "beta");'] },
  { id: 'switch-map', safe: true, lines: ['String bar;', 'switch (param) {', '  case "a": bar = "alpha"; break;', '  case "b": bar = "beta"; break;', '  default: bar = "none";', '}'] },
  { id: 'interface-constant', safe: true, lines: ['Step step = new Fixed();', 'String bar = step.apply(param);'], helpers: ['interface Step {\n    String apply(String in);\n  }', 'static class Fixed implements Step {\n    public String apply(String in) {\n      return "fixed-value";\n    }\n  }'] },
  { id: 'equals-constant', safe: true, lines: ['String bar = "guest";', 'if ("admin".equals(param)) {', '  bar = param;', '}'] },
];

/** A sink for one class: statements using `bar`, plus imports and members it needs. */
export interface Sink {
  id: string;
  /** A class-specific safe API (prepared statement, encoder): the file is safe whatever the flow. */
  safe: boolean;
  imports: string[];
  lines: string[];
  helpers?: string[];
  throwsException?: boolean;
}

export interface TaintClass {
  id: string;
  cwe: string;
  sinks: Sink[];
}

const DS = 'private javax.sql.DataSource dataSource;';

export const TAINT_CLASSES: TaintClass[] = [
  {
    id: 'sqli',
    cwe: '89',
    sinks: [
      { id: 'statement', safe: false, imports: ['java.sql.Connection', 'java.sql.Statement'], helpers: [DS], throwsException: true, lines: ['Connection conn = dataSource.getConnection();', 'Statement st = conn.createStatement();', 'st.executeQuery("SELECT * FROM users WHERE name = \'" + bar + "\'");'] },
      { id: 'prepare', safe: false, imports: ['java.sql.Connection', 'java.sql.PreparedStatement'], helpers: [DS], throwsException: true, lines: ['Connection conn = dataSource.getConnection();', 'PreparedStatement ps = conn.prepareStatement("UPDATE users SET seen = 1 WHERE name = \'" + bar + "\'");', 'ps.executeUpdate();'] },
      { id: 'jdbctemplate', safe: false, imports: ['org.springframework.jdbc.core.JdbcTemplate'], helpers: ['private JdbcTemplate jdbc;'], lines: ['jdbc.queryForList("SELECT id FROM orders WHERE ref = \'" + bar + "\'");'] },
      { id: 'prepared-safe', safe: true, imports: ['java.sql.Connection', 'java.sql.PreparedStatement'], helpers: [DS], throwsException: true, lines: ['Connection conn = dataSource.getConnection();', 'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");', 'ps.setString(1, bar);', 'ps.executeQuery();'] },
      { id: 'jdbctemplate-safe', safe: true, imports: ['org.springframework.jdbc.core.JdbcTemplate'], helpers: ['private JdbcTemplate jdbc;'], lines: ['jdbc.queryForList("SELECT id FROM orders WHERE ref = ?", bar);'] },
    ],
  },
  {
    id: 'cmdi',
    cwe: '78',
    sinks: [
      { id: 'exec', safe: false, imports: [], lines: ['Runtime.getRuntime().exec("nslookup " + bar);'] },
      { id: 'exec-array', safe: false, imports: [], lines: ['String[] cmd = { "sh", "-c", "echo " + bar };', 'Runtime.getRuntime().exec(cmd);'] },
      { id: 'processbuilder', safe: false, imports: [], lines: ['ProcessBuilder pb = new ProcessBuilder("ping", "-c", "1", bar);', 'pb.start();'] },
      { id: 'fixed-command', safe: true, imports: [], lines: ['response.setHeader("X-Checked", String.valueOf(bar.length()));', 'Runtime.getRuntime().exec("uptime");'] },
    ],
  },
  {
    id: 'pathtraver',
    cwe: '22',
    sinks: [
      { id: 'file', safe: false, imports: ['java.io.File'], lines: ['File f = new File("/srv/data/" + bar);', 'f.delete();'] },
      { id: 'stream', safe: false, imports: ['java.io.FileInputStream'], lines: ['FileInputStream in = new FileInputStream("/srv/data/" + bar);', 'in.close();'] },
      { id: 'nio', safe: false, imports: ['java.nio.file.Files', 'java.nio.file.Paths'], lines: ['byte[] data = Files.readAllBytes(Paths.get("/srv/data", bar));', 'response.getOutputStream().write(data);'] },
      { id: 'filename-safe', safe: true, imports: ['java.io.File', 'org.apache.commons.io.FilenameUtils'], lines: ['File f = new File("/srv/data/" + FilenameUtils.getName(bar));', 'f.delete();'] },
    ],
  },
  {
    id: 'xss',
    cwe: '79',
    sinks: [
      { id: 'println', safe: false, imports: [], lines: ['response.getWriter().println("<p>" + bar + "</p>");'] },
      { id: 'writer-var', safe: false, imports: ['java.io.PrintWriter'], lines: ['PrintWriter out = response.getWriter();', 'out.write(bar);'] },
      { id: 'format', safe: false, imports: [], lines: ['response.getWriter().format("<b>%s</b>", bar);'] },
      { id: 'encoder-safe', safe: true, imports: ['org.owasp.encoder.Encode'], lines: ['response.getWriter().println("<p>" + Encode.forHtml(bar) + "</p>");'] },
      { id: 'htmlutils-safe', safe: true, imports: ['org.springframework.web.util.HtmlUtils'], lines: ['response.getWriter().print(HtmlUtils.htmlEscape(bar));'] },
    ],
  },
  {
    id: 'redirect',
    cwe: '601',
    sinks: [
      { id: 'send', safe: false, imports: [], lines: ['response.sendRedirect(bar);'] },
      { id: 'relative-safe', safe: true, imports: [], lines: ['response.sendRedirect("/portal/" + bar);'] },
    ],
  },
  {
    id: 'ssrf',
    cwe: '918',
    sinks: [
      { id: 'url', safe: false, imports: ['java.net.URL'], lines: ['URL url = new URL(bar);', 'url.openConnection().connect();'] },
      { id: 'stream', safe: false, imports: ['java.net.URL'], lines: ['new URL("http://" + bar + "/health").openStream().close();'] },
    ],
  },
  {
    id: 'ldapi',
    cwe: '90',
    sinks: [
      { id: 'search', safe: false, imports: ['javax.naming.directory.DirContext', 'javax.naming.directory.InitialDirContext', 'javax.naming.directory.SearchControls'], throwsException: true, lines: ['DirContext ctx = new InitialDirContext();', 'ctx.search("ou=users,dc=corp", "(cn=" + bar + ")", new SearchControls());'] },
      { id: 'esapi-safe', safe: true, imports: ['javax.naming.directory.DirContext', 'javax.naming.directory.InitialDirContext', 'javax.naming.directory.SearchControls', 'org.owasp.esapi.ESAPI'], throwsException: true, lines: ['DirContext ctx = new InitialDirContext();', 'ctx.search("ou=users,dc=corp", "(cn=" + ESAPI.encoder().encodeForLDAP(bar) + ")", new SearchControls());'] },
    ],
  },
  {
    id: 'xpathi',
    cwe: '643',
    sinks: [
      { id: 'evaluate', safe: false, imports: ['javax.xml.xpath.XPath', 'javax.xml.xpath.XPathFactory'], helpers: ['private org.w3c.dom.Document doc;'], throwsException: true, lines: ['XPath xp = XPathFactory.newInstance().newXPath();', 'xp.evaluate("/users/user[@name=\'" + bar + "\']", doc);'] },
      { id: 'compile', safe: false, imports: ['javax.xml.xpath.XPath', 'javax.xml.xpath.XPathFactory'], throwsException: true, lines: ['XPath xp = XPathFactory.newInstance().newXPath();', 'xp.compile("//item[@id=\'" + bar + "\']");'] },
    ],
  },
  {
    id: 'trustbound',
    cwe: '501',
    sinks: [
      { id: 'session', safe: false, imports: [], lines: ['request.getSession().setAttribute("pref", bar);'] },
      { id: 'session-var', safe: false, imports: ['javax.servlet.http.HttpSession'], lines: ['HttpSession session = request.getSession();', 'session.putValue("pref", bar);'] },
    ],
  },
  {
    id: 'deserialization',
    cwe: '502',
    sinks: [
      { id: 'base64', safe: false, imports: ['java.io.ByteArrayInputStream', 'java.io.ObjectInputStream', 'java.util.Base64'], throwsException: true, lines: ['ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(bar)));', 'ois.readObject();'] },
    ],
  },
  {
    id: 'loginjection',
    cwe: '117',
    sinks: [
      { id: 'slf4j', safe: false, imports: ['org.slf4j.Logger', 'org.slf4j.LoggerFactory'], helpers: ['private static final Logger LOG = LoggerFactory.getLogger("case");'], lines: ['LOG.info("value: " + bar);'] },
    ],
  },
];
