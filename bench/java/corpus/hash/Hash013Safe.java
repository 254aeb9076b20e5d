// nullpath-bench: class=hash cwe=328 vulnerable=false variant=digestutils
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.codec.digest.DigestUtils;

public class Hash013Safe extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String h = DigestUtils.sha256Hex(request.getParameter("p"));
      response.getWriter().print(h.length());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
