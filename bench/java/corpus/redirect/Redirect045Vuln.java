// nullpath-bench: class=redirect cwe=601 vulnerable=true source=query flow=exception-message sink=send
package bench.cases;

import java.io.IOException;
import java.net.URLDecoder;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Redirect045Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String qs = request.getQueryString();
    String param = URLDecoder.decode(qs.substring(qs.indexOf("v=") + 2), "UTF-8");
    String bar;
    try {
      throw new IllegalArgumentException(param);
    } catch (IllegalArgumentException e) {
      bar = e.getMessage();
    }
    response.sendRedirect(bar);
  }
}
