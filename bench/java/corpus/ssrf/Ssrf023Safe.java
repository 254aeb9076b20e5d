// nullpath-bench: class=ssrf cwe=918 vulnerable=false source=param flow=allow-list sink=stream
package bench.cases;

import java.io.IOException;
import java.net.URL;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Ssrf023Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "default";
    if (ALLOWED.contains(param)) {
      bar = param;
    }
    new URL("http://" + bar + "/health").openStream().close();
  }
}
