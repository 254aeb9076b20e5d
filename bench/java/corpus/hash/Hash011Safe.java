// nullpath-bench: class=hash cwe=328 vulnerable=false variant=local-constant
package bench.cases;

import java.io.IOException;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Hash011Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String alg = "SHA-384";
      MessageDigest md = MessageDigest.getInstance(alg);
      md.reset();
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
