// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=param flow=loop sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf042Vuln extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "";
    for (String part : param.split(",")) {
      bar = bar + part;
    }
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
