// nullpath-bench: class=xss cwe=79 vulnerable=true source=param flow=direct sink=println
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss001Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
