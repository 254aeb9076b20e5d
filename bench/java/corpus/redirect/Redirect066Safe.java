// nullpath-bench: class=redirect cwe=601 vulnerable=false source=header flow=builder sink=relative-safe
package bench.cases;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect066Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getHeader("X-Value");
    StringBuilder sb = new StringBuilder();
    sb.append(param);
    String bar = sb.toString();
    response.sendRedirect("/portal/" + bar);
  }
}
