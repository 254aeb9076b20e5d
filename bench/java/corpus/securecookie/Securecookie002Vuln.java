// nullpath-bench: class=securecookie cwe=614 vulnerable=true variant=httponly-only
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Securecookie002Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Cookie c = new Cookie("remember", "1");
      c.setHttpOnly(true);
      response.addCookie(c);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
