// nullpath-bench: class=redirect cwe=601 vulnerable=true source=param flow=exception-message sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect013Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar;
    try {
      throw new IllegalArgumentException(param);
    } catch (IllegalArgumentException e) {
      bar = e.getMessage();
    }
    response.sendRedirect(bar);
  }
}
