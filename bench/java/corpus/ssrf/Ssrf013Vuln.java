// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=param flow=exception-message sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf013Vuln extends HttpServlet {
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
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
