// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=cookie flow=static-helper sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf038Vuln extends HttpServlet {
  static class Util {
    static String pick(String a, String b) {
      return a.isEmpty() ? b : a;
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
    String bar = Util.pick(param, "x");
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
