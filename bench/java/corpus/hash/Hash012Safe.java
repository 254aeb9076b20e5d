// nullpath-bench: class=hash cwe=328 vulnerable=false variant=provider
package bench.cases;

import java.io.IOException;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Hash012Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256", "SUN");
      md.reset();
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
