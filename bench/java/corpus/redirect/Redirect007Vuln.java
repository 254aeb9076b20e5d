// nullpath-bench: class=redirect cwe=601 vulnerable=true source=param flow=field sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect007Vuln extends HttpServlet {
  private String current;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    this.current = param;
    String bar = this.current;
    response.sendRedirect(bar);
  }
}
