// Modern Java syntax the frontend must lower without failing (records, sealed types, switch
// expressions, pattern matching, text blocks, var, method references, local and anonymous classes).

import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import javax.servlet.http.*;
import static java.util.Objects.requireNonNull;

@SuppressWarnings({"unchecked", "rawtypes"})
final class Syntax<T extends Comparable<? super T>> extends HttpServlet implements Runnable, AutoCloseable {
  private static final long serialVersionUID = 1L;
  private final Map<String, List<int[][]>> grid = new HashMap<>();
  private volatile transient String state = """
      multi
      line
      """;
  public enum Level { LOW, HIGH { @Override int weight() { return 2; } }; int weight() { return 1; } }
  public record Point(int x, int y) { Point { if (x < 0) throw new IllegalArgumentException(); } static Point zero() { return new Point(0, 0); } }
  interface Shape { default double area() { return 0; } static Shape unit() { return () -> 1.0; } double size(); }
  sealed interface Node permits Leaf {}
  static final class Leaf implements Node {}
  @interface Marker { String value() default ""; }

  static { System.setProperty("a", "b"); }
  { state = state.strip(); }

  public Syntax() { this(null); }
  public Syntax(String s) { super(); }

  @Override public void run() {}
  @Override public void close() {}

  <R> R apply(Function<? super String, ? extends R> f, String... xs) { return f.apply(String.join(",", xs)); }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    var p = Taint.source();
    Object o = p;
    if (o instanceof String s && !s.isEmpty()) {
      // ruleid: test.taint.flow
      Taint.sink(s);
    }
    int n = switch (p.length()) { case 0 -> 0; case 1, 2 -> { int k = 3; yield k; } default -> -1; };
    String kind = switch (p) { case "a": yield "A"; default: yield "B"; };
    outer:
    for (int i = 0, j = 10; i < j; i++, j--) {
      do { if (i == 3) continue outer; if (j == 5) break outer; } while (false);
    }
    synchronized (this) { n += p.hashCode() >>> 2; n <<= 1; n ^= 0xFF; }
    int[] arr = new int[] {1, 2, 3};
    int[][] m = new int[3][4];
    m[1][2] = arr[0]++ + --arr[1];
    char c = 'x';
    long big = 1_000_000L;
    double d = 1.5e3;
    List<String> list = Stream.of(p, "x").map(String::toUpperCase).filter(Objects::nonNull).collect(Collectors.toList());
    list.forEach(System.out::println);
    Runnable r = new Runnable() { int count; @Override public void run() { count++; } };
    Supplier<List<String>> sup = ArrayList::new;
    BiFunction<Integer, Integer, Integer> add = (Integer a, Integer b) -> a + b;
    assert n >= 0 : "negative";
    try (var in = request.getInputStream(); var r2 = request.getReader()) { in.read(); } catch (java.io.IOException | RuntimeException e) { throw new RuntimeException(e); } finally { requireNonNull(p); }
    String t = (String) (Object) p;
    boolean b = !(n > 2) && (n < 10 || p == null) ? true : false;
    Class<?> k = String.class;
    label2: { break label2; }
    this.<String>apply(x -> x, "a", "b");
    new Syntax<String>().run();
    class Local { String v = p; }
    // ruleid: test.taint.flow
    Taint.sink(new Local().v + t);
    String picked = switch (n) { case 0 -> p; default -> "x"; };
    // ruleid: test.taint.flow
    Taint.sink(picked);
    // ok: test.taint.flow
    Taint.sink(kind + c + big + d + b + k + n);
  }
}
