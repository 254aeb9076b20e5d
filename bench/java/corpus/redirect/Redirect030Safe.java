// nullpath-bench: class=redirect cwe=601 vulnerable=false source=header flow=switch-map sink=send
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect030Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    String bar;
    switch (param) {
      case "a": bar = "alpha"; break;
      case "b": bar = "beta"; break;
      default: bar = "none";
    }
    response.sendRedirect(bar);
  }
}
