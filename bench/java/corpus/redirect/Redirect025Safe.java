// nullpath-bench: class=redirect cwe=601 vulnerable=false source=cookie flow=helper-constant sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect025Safe extends HttpServlet {
  private String describe(String in) {
    return "described";
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
    String bar = describe(param);
    response.sendRedirect(bar);
  }
}
