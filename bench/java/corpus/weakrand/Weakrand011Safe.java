// nullpath-bench: class=weakrand cwe=330 vulnerable=false variant=secure-var
package bench.cases;

import java.io.IOException;
import java.security.SecureRandom;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Weakrand011Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      SecureRandom rnd = new SecureRandom();
      long nonce = rnd.nextLong();
      response.setHeader("X-Nonce", Long.toString(nonce));
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
