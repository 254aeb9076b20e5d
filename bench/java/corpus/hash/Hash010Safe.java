// nullpath-bench: class=hash cwe=328 vulnerable=false variant=sha3
package bench.cases;

import java.io.IOException;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Hash010Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      byte[] h = MessageDigest.getInstance("SHA3-256").digest("x".getBytes());
      response.setContentLength(h.length);
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
