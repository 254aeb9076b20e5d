// nullpath-bench: class=redirect cwe=601 vulnerable=false source=cookie flow=dead-branch sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect019Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = "none";
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals("pref")) param = c.getValue();
      }
    }
    int limit = 40;
    String bar = (limit * 2 > 100) ? param : "fixed-value";
    response.sendRedirect(bar);
  }
}
