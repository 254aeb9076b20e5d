// nullpath-bench: class=ssrf cwe=918 vulnerable=true source=param flow=field sink=url
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf007Vuln extends HttpServlet {
  private String current;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    this.current = param;
    String bar = this.current;
    URL url = new URL(bar);
    url.openConnection().connect();
  }
}
