// nullpath-bench: class=weakrand cwe=330 vulnerable=true variant=random-token
package bench.cases;

import java.io.IOException;
import java.util.Random;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand001Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String token = Integer.toHexString(new Random().nextInt());
      response.addHeader("X-Token", token);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
