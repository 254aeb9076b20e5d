import java.util.List;
import java.util.function.Function;

public class Basics {
  void flows() {
    String a = Taint.source();
    // ruleid: test.taint.flow
    Taint.sink(a);
    String b = "prefix-" + a;
    // ruleid: test.taint.flow
    Taint.sink(b);
    String c = "constant";
    // ok: test.taint.flow
    Taint.sink(c);
    c = a;
    // ruleid: test.taint.flow
    Taint.sink(c);
    int n = Integer.parseInt(a);
    // ok: test.taint.flow
    Taint.sink("id=" + n);
    String t = a.isEmpty() ? "x" : a;
    // ruleid: test.taint.flow
    Taint.sink(t);
    String[] arr = { "safe", a };
    // ok: test.taint.flow
    Taint.sink(arr[0]);
    // ruleid: test.taint.flow
    Taint.sink(arr[1]);
  }

  void builders() {
    String a = Taint.source();
    StringBuilder sb = new StringBuilder();
    sb.append("x=").append(a);
    // ruleid: test.taint.flow
    Taint.sink(sb.toString());
    StringBuilder clean = new StringBuilder("a");
    clean.append("b");
    // ok: test.taint.flow
    Taint.sink(clean.toString());
    // ruleid: test.taint.flow
    Taint.sink(String.format("v=%s", a));
    // ruleid: test.taint.flow
    Taint.sink(String.join(",", "k", a));
    // ok: test.taint.flow
    Taint.sink(String.format("v=%s", "k"));
  }

  void control(List<String> items) {
    String a = Taint.source();
    String v = "";
    for (String s : items) { v = v + s; }
    // ok: test.taint.flow
    Taint.sink(v);
    if (false) {
      // ok: test.taint.flow
      Taint.sink(a);
    }
    String w = "";
    for (int i = 0; i < 3; i++) { w += a; }
    // ruleid: test.taint.flow
    Taint.sink(w);
    try {
      w = a;
    } catch (RuntimeException e) {
      w = "";
    } finally {
      // ruleid: test.taint.flow
      Taint.sink(w);
    }
    String msg = "";
    try {
      if (a.isEmpty()) throw new IllegalStateException("empty");
      throw new IllegalArgumentException(a);
    } catch (IllegalArgumentException e) {
      msg = e.getMessage();
    }
    // ruleid: test.taint.flow
    Taint.sink(msg);
    String quiet = "";
    try {
      throw new IllegalStateException("fixed");
    } catch (IllegalStateException e) {
      quiet = e.getMessage();
    }
    // ok: test.taint.flow
    Taint.sink(quiet);
    switch (items.size()) {
      case 1:
        // ruleid: test.taint.flow
        Taint.sink(a);
        break;
      default:
        break;
    }
  }

  void lambdas(List<String> items) {
    String a = Taint.source();
    Runnable r = () -> Taint.sink(a); // ruleid: test.taint.flow
    r.run();
    Function<String, String> twice = s -> s + s;
    // ruleid: test.taint.flow
    Taint.sink(twice.apply(a));
    Function<String, String> fixed = s -> "k";
    // ok: test.taint.flow
    Taint.sink(fixed.apply(a));
    items.forEach(x -> Taint.sink("k")); // ok: test.taint.flow
  }
}
