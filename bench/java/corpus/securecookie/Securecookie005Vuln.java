// nullpath-bench: class=securecookie cwe=614 vulnerable=true variant=inline
package bench.cases;

import java.io.IOException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Securecookie005Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      response.addCookie(new Cookie("lang", "en"));
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
