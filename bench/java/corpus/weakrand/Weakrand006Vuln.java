// nullpath-bench: class=weakrand cwe=330 vulnerable=true variant=csrf
package bench.cases;

import java.io.IOException;
import java.util.Random;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand006Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String csrfToken = Long.toString(new Random().nextLong(), 36);
      request.getSession().setAttribute("csrf", csrfToken);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
