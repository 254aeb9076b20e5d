// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=param flow=direct sink=fixed-command
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi065Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = param;
    response.setHeader("X-Checked", String.valueOf(bar.length()));
    Runtime.getRuntime().exec("uptime");
  }
}
