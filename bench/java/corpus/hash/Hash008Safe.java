// nullpath-bench: class=hash cwe=328 vulnerable=false variant=sha256
package bench.cases;

import java.io.IOException;
import java.security.MessageDigest;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Hash008Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(request.getParameter("p").getBytes());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
