// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=param flow=equals-constant sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf064Safe extends HttpServlet {
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "guest";
    if ("admin".equals(param)) {
      bar = param;
    }
    new URL("http://" + bar + "/health").openStream().close();
  }
}
