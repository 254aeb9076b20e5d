// nullpath-bench: class=cmdi cwe=78 vulnerable=false source=param flow=throw-guard sink=processbuilder
package bench.cases;

import java.io.IOException;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Cmdi029Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    if (!ALLOWED.contains(param)) {
      throw new IllegalArgumentException("unknown value");
    }
    String bar = param;
    ProcessBuilder pb = new ProcessBuilder("ping", "-c", "1", bar);
    pb.start();
  }
}
