// nullpath-bench: class=xss cwe=79 vulnerable=false source=param flow=dead-if sink=println
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss052Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "fixed-value";
    if (3 > 7) {
      bar = param;
    }
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
