// nullpath-bench: class=pathtraver cwe=22 vulnerable=false source=param flow=allow-list sink=nio
package bench.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class Pathtraver023Safe extends HttpServlet {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta");

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String param = request.getParameter("value");
    if (param == null) param = "";
    String bar = "default";
    if (ALLOWED.contains(param)) {
      bar = param;
    }
    byte[] data = Files.readAllBytes(Paths.get("/srv/data", bar));
    response.getOutputStream().write(data);
  }
}
