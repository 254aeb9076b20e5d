// nullpath-bench: class=securecookie cwe=614 vulnerable=false variant=secure
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Securecookie006Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Cookie c = new Cookie("session", request.getSession().getId());
      c.setSecure(true);
      response.addCookie(c);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
