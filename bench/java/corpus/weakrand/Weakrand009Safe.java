// nullpath-bench: class=weakrand cwe=330 vulnerable=false variant=uuid
package bench.cases;

import java.io.IOException;
import java.util.UUID;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand009Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String token = UUID.randomUUID().toString();
      response.addHeader("X-Token", token);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
