// nullpath-bench: class=xss cwe=79 vulnerable=false source=header flow=regex-guard sink=println
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss024Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    if (!param.matches("[A-Za-z0-9]{1,16}")) {
      return;
    }
    String bar = param;
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
