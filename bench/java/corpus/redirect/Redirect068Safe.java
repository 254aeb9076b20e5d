// nullpath-bench: class=redirect cwe=601 vulnerable=false source=query flow=field sink=relative-safe
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect068Safe extends HttpServlet {
  private String current;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    this.current = param;
    String bar = this.current;
    response.sendRedirect("/portal/" + bar);
  }
}
