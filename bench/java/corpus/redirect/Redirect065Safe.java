// nullpath-bench: class=redirect cwe=601 vulnerable=false source=param flow=direct sink=relative-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect065Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    response.sendRedirect("/portal/" + bar);
  }
}
