public class Classes {
  private String stored;
  private final String fixed = "constant";

  Classes(String init) {
    this.stored = init;
  }

  static String wrap(String s) {
    return "[" + s + "]";
  }

  String pass(String s) {
    return s;
  }

  String choose(String a) {
    return "constant";
  }

  String choose(String a, String b) {
    return b;
  }

  void overloads() {
    String t = Taint.source();
    // ok: test.taint.flow
    Taint.sink(choose(t));
    // ruleid: test.taint.flow
    Taint.sink(choose("k", t));
    // ok: test.taint.flow
    Taint.sink(this.choose(t));
  }

  void useFields() {
    // ok: test.taint.flow
    Taint.sink(fixed);
  }

  void calls() {
    String a = Taint.source();
    // ruleid: test.taint.flow
    Taint.sink(wrap(a));
    // ruleid: test.taint.flow
    Taint.sink(pass(a));
    // ok: test.taint.flow
    Taint.sink(pass("k"));
    sinkIt(a);
    Classes c = new Classes(a);
    // ruleid: test.taint.flow
    Taint.sink(c.stored);
  }

  void sinkIt(String v) {
    // ruleid: test.taint.flow
    Taint.sink(v);
  }

  static class Inner {
    String get() {
      return Taint.source();
    }
  }

  void nested() {
    Inner i = new Inner();
    // ruleid: test.taint.flow
    Taint.sink(i.get());
  }
}
