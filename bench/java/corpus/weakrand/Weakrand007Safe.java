// nullpath-bench: class=weakrand cwe=330 vulnerable=false variant=secure-token
package bench.cases;

import java.io.IOException;
import java.security.SecureRandom;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand007Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String token = Integer.toHexString(new SecureRandom().nextInt());
      response.addHeader("X-Token", token);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
