// nullpath-bench: class=weakrand cwe=330 vulnerable=true variant=thread-local
package bench.cases;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand005Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      int otp = ThreadLocalRandom.current().nextInt(1000000);
      request.getSession().setAttribute("otp", otp);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
