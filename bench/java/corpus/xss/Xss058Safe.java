// nullpath-bench: class=xss cwe=79 vulnerable=false source=param flow=overwrite sink=println
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Xss058Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    bar = "fixed-value";
    response.getWriter().println("<p>" + bar + "</p>");
  }
}
