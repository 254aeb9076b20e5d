// nullpath-bench: class=hash cwe=328 vulnerable=true variant=sha1
package bench.cases;

import java.io.IOException;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Hash002Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update("fixed".getBytes());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
