// nullpath-bench: class=hash cwe=328 vulnerable=true variant=digestutils
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.codec.digest.DigestUtils;

public class Hash007Vuln extends HttpServlet {
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      String h = DigestUtils.md5Hex(request.getParameter("p"));
      response.getWriter().print(h.length());
    } catch (Exception e) {
      response.sendError(500);
    }
  }
}
