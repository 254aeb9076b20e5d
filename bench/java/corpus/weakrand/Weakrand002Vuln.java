// nullpath-bench: class=weakrand cwe=330 vulnerable=true variant=math-random
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand002Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      double sessionKey = Math.random();
      request.getSession().setAttribute("k", sessionKey);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
