// nullpath-bench: class=securecookie cwe=614 vulnerable=true variant=max-age
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Securecookie004Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Cookie c = new Cookie("sid", "x");
      c.setMaxAge(3600);
      c.setPath("/");
      response.addCookie(c);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
