// nullpath-bench: class=xss cwe=79 vulnerable=false source=cookie flow=interface-constant sink=writer-var
package bench.cases;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss031Safe extends HttpServlet {
  interface Step {
    String apply(String in);
  }

  static class Fixed implements Step {
    public String apply(String in) {
      return "fixed-value";
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    Step step = new Fixed();
    String bar = step.apply(param);
    PrintWriter out = response.getWriter();
    out.write(bar);
  }
}
