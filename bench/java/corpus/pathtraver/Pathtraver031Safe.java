// nullpath-bench: class=pathtraver cwe=22 vulnerable=false source=cookie flow=interface-constant sink=stream
package bench.cases;

import java.io.FileInputStream;
import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver031Safe extends HttpServlet {
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
    FileInputStream in = new FileInputStream("/srv/data/" + bar);
    in.close();
  }
}
