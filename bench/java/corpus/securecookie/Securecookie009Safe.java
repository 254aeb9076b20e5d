// nullpath-bench: class=securecookie cwe=614 vulnerable=false variant=no-cookie
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Securecookie009Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      Cookie[] cs = request.getCookies();
      response.getWriter().print(cs == null ? 0 : cs.length);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
