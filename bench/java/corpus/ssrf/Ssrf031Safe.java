// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=cookie flow=interface-constant sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf031Safe extends HttpServlet {
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
    new URL("http://" + bar + "/health").openStream().close();
  }
}
